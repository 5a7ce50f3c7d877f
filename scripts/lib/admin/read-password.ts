import { createInterface } from "node:readline";
import { PASSWORD_MIN_LENGTH, ZNewPassword } from "../../../lib/schemas/auth";
import { CliError } from "./cli-error";

/**
 * A new password: typed twice at a hidden prompt on a terminal, or the first line of
 * standard input when it is piped (never an argument: those end up in shell history and
 * `ps`). Validated with the app's own password rule.
 */
export async function readNewPassword(prompt: string): Promise<string> {
  const password = process.stdin.isTTY ? await promptTwice(prompt) : await firstLineOfStdin();
  if (password === "") throw new CliError("No password given: type one at the prompt or pipe it on standard input.");
  const result = ZNewPassword.safeParse(password);
  if (!result.success) {
    const tooShort = result.error.issues[0]?.message === "passwordTooShort";
    throw new CliError(
      tooShort
        ? `The password is too short (at least ${PASSWORD_MIN_LENGTH} characters).`
        : "The password is too long.",
    );
  }
  return result.data;
}

async function promptTwice(prompt: string): Promise<string> {
  const first = await promptHidden(`${prompt}: `);
  if (first === "") return first;
  const second = await promptHidden("Type it again: ");
  if (first !== second) throw new CliError("The two passwords differ.");
  return first;
}

async function firstLineOfStdin(): Promise<string> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    for await (const line of lines) return line;
    return "";
  } finally {
    lines.close();
    // Whatever follows the first line is not read; stop waiting for it.
    process.stdin.destroy();
  }
}

/** Reads a line from the terminal in raw mode, echoing nothing. The prompt goes to stderr. */
function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding("utf8");
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = "";
    const finish = (cancelled = false) => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write("\n");
      // Ctrl-C rejects rather than exits, so the caller still stops the database it started.
      if (cancelled) reject(new CliError("Cancelled; nothing was changed."));
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === "\r" || char === "\n" || char === "\u0004") return finish();
        if (char === "\u0003") return finish(true);
        if (char === "\u007f" || char === "\b") typed = typed.slice(0, -1);
        else if (char >= " ") typed += char;
      }
    };
    stdin.on("data", onData);
  });
}
