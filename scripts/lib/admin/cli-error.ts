/** A refusal the admin CLI prints as one line; `usage` marks bad arguments (exit status 2). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly usage = false,
  ) {
    super(message);
    this.name = "CliError";
  }
}
