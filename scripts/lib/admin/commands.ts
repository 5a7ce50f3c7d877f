import { parseArgs } from "node:util";
import { z } from "zod";
import { API_TOKEN_MAX_LIFETIME_DAYS } from "../../../lib/domain/api-tokens/token-expiry";
import { ZApiTokenName } from "../../../lib/schemas/api-tokens";
import { PASSWORD_MIN_LENGTH, ZEmail, ZRole } from "../../../lib/schemas/auth";
import { TEAM_NAME_MAX_LENGTH, ZPersonName, ZTeamName } from "../../../lib/schemas/teams";
import { CliError } from "./cli-error";

export type AdminCommand =
  | { kind: "help"; text: string }
  | { kind: "create-team"; teamName: string; adminEmail: string; adminName?: string }
  | { kind: "list-teams" }
  | { kind: "reset-password"; email: string }
  | { kind: "disable-user"; email: string }
  | { kind: "rotate-key"; teamName: string }
  | {
      kind: "create-token";
      teamSlug: string;
      email: string;
      name: string;
      role: "VIEWER" | "FACT_CHECKER" | "EDITOR" | "ADMIN";
      expiresOn: string | null;
    };

const COMMANDS = {
  "create-team": {
    usage: 'create-team "<team name>" --admin <email> [--name "<person name>"]',
    text: [
      "Creates a team with the default verdict scale and its first admin.",
      "If the email has no account yet, one is created with the password you type (at least",
      `${PASSWORD_MIN_LENGTH} characters) and --name as the person's name (default: the email's local part).`,
      "If it has one, that account becomes admin of the new team; its password and name stay as they are.",
      `Team names are 1-${TEAM_NAME_MAX_LENGTH} characters and unique, ignoring case.`,
    ],
    schema: z.object({ teamName: ZTeamName, adminEmail: ZEmail, adminName: ZPersonName.optional() }),
  },
  "list-teams": {
    usage: "list-teams",
    text: ["Lists every team: name, id, number of active members and the emails of its active admins."],
    schema: z.object({}),
  },
  "reset-password": {
    usage: "reset-password <email>",
    text: [
      "Sets a new password for the account (the way back in for a locked-out admin) and ends all its",
      "sessions. Disabled memberships stay disabled.",
    ],
    schema: z.object({ email: ZEmail }),
  },
  "disable-user": {
    usage: "disable-user <email>",
    text: [
      "Disables the account's membership in every team and ends all its sessions. A team admin can",
      "re-enable a membership on the Team page. Teams left without an active admin are named.",
    ],
    schema: z.object({ email: ZEmail }),
  },
  "rotate-key": {
    usage: 'rotate-key "<team name>"',
    text: [
      "Retires the team's report-signing key and makes a new one that signs reports from now on.",
      "The retired key stays published (GET /api/public/keys) with its validity, so reports it",
      "signed still verify. Rotate when the server's AUTH_SECRET may have leaked.",
    ],
    schema: z.object({ teamName: ZTeamName }),
  },
  "create-token": {
    usage:
      'create-token --team <slug> --email <admin email> --name "<token name>" [--role VIEWER|FACT_CHECKER|EDITOR|ADMIN] [--expires YYYY-MM-DD]',
    text: [
      "Creates an API token of the team as its admin with that email, as if they made it on the Team page:",
      "it acts as them, with at most --role (default VIEWER, never above their own role). It works",
      `through the --expires day (UTC, at most ${API_TOKEN_MAX_LIFETIME_DAYS} days ahead) or until revoked on the Team page.`,
      "The token is printed once; only its hash is stored.",
    ],
    schema: z.object({
      teamSlug: z.string().trim().min(1, { error: "required" }).max(200, { error: "tooLong" }),
      email: ZEmail,
      name: ZApiTokenName,
      role: ZRole.default("VIEWER"),
      expiresOn: z.iso.date({ error: "date" }).nullable(),
    }),
  },
} as const;
type CommandName = keyof typeof COMMANDS;

const GENERAL_HELP = `Usage: npm run admin -- <command> [options]

Operator commands for this ClaimDesk server. They act on the database as the server's
operator (no signed-in user) and write to the audit trail of every team they touch.

Commands:
${Object.values(COMMANDS)
  .map((command) => `  ${command.usage}`)
  .join("\n")}

Passwords are typed at a hidden prompt, or read as the first line of standard input when
it is not a terminal; never on the command line:
  echo 'a long passphrase' | npm run admin -- reset-password admin@example.org

Database: DATABASE_URL from the environment or .env; without it, the embedded database
of \`npm start\` (.data/postgres on port CLAIMDESK_DB_PORT, default 54329). Pending
migrations are applied first.

Exit status: 0 done; 1 refused or failed, nothing changed; 2 invalid arguments.
\`npm run admin -- <command> --help\` describes one command.`;

function commandHelp(name: CommandName): string {
  return `Usage: npm run admin -- ${COMMANDS[name].usage}\n\n${COMMANDS[name].text.join("\n")}`;
}

/** Reads argv into a validated command; bad arguments throw a one-line CliError. */
export function parseAdminCommand(argv: string[]): AdminCommand {
  const { values, positionals } = parseOrExplain(argv);
  const [name, ...rest] = positionals;
  if (!name) return { kind: "help", text: GENERAL_HELP };
  if (!(name in COMMANDS))
    throw new CliError(`Unknown command "${name}". Run \`npm run admin -- --help\` for the list.`, true);
  const command = name as CommandName;
  if (values.help) return { kind: "help", text: commandHelp(command) };

  const expectedPositionals = command === "list-teams" || command === "create-token" ? 0 : 1;
  if (rest.length !== expectedPositionals)
    throw new CliError(`Usage: npm run admin -- ${COMMANDS[command].usage}`, true);
  const unexpected = OPTION_NAMES.filter((option) => values[option] !== undefined && !OPTIONS_OF[command].has(option));
  if (unexpected.length > 0) {
    throw new CliError(
      `"${command}" takes no ${unexpected.map((option) => `--${option}`).join(" or ")}. Usage: npm run admin -- ${COMMANDS[command].usage}`,
      true,
    );
  }
  return validate(command, { ...values, positional: rest[0] });
}

const OPTION_NAMES = ["admin", "name", "team", "email", "role", "expires"] as const;
type OptionName = (typeof OPTION_NAMES)[number];
const OPTIONS_OF: Record<CommandName, ReadonlySet<OptionName>> = {
  "create-team": new Set(["admin", "name"]),
  "list-teams": new Set(),
  "reset-password": new Set(),
  "disable-user": new Set(),
  "rotate-key": new Set(),
  "create-token": new Set(["team", "email", "name", "role", "expires"]),
};

function parseOrExplain(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        admin: { type: "string" },
        name: { type: "string" },
        team: { type: "string" },
        email: { type: "string" },
        role: { type: "string" },
        expires: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new CliError(
      `${error instanceof Error ? error.message : String(error)} (see \`npm run admin -- --help\`)`,
      true,
    );
  }
}

function validate(
  command: CommandName,
  raw: Partial<Record<OptionName, string>> & { positional?: string },
): AdminCommand {
  switch (command) {
    case "create-team": {
      if (raw.admin === undefined)
        throw new CliError(
          `create-team needs --admin <email>. Usage: npm run admin -- ${COMMANDS[command].usage}`,
          true,
        );
      const input = parse(COMMANDS[command].schema, {
        teamName: raw.positional,
        adminEmail: raw.admin,
        adminName: raw.name,
      });
      return { kind: command, ...input };
    }
    case "list-teams":
      return { kind: command };
    case "reset-password":
    case "disable-user":
      return { kind: command, ...parse(COMMANDS[command].schema, { email: raw.positional }) };
    case "rotate-key":
      return { kind: command, ...parse(COMMANDS[command].schema, { teamName: raw.positional }) };
    case "create-token": {
      const missing = (["team", "email", "name"] as const).filter((option) => raw[option] === undefined);
      if (missing.length > 0)
        throw new CliError(
          `create-token needs ${missing.map((option) => `--${option}`).join(", ")}. Usage: npm run admin -- ${COMMANDS[command].usage}`,
          true,
        );
      const input = parse(COMMANDS[command].schema, {
        teamSlug: raw.team,
        email: raw.email,
        name: raw.name,
        role: raw.role,
        expiresOn: raw.expires ?? null,
      });
      return { kind: command, ...input };
    }
  }
}

const FIELD_NAMES: Record<string, string> = {
  teamName: "team name",
  adminEmail: "--admin email",
  adminName: "--name",
  email: "email",
  teamSlug: "--team",
  name: "--name",
  role: "--role",
  expiresOn: "--expires",
};
const PROBLEMS: Record<string, string> = {
  email: "is not a valid email address",
  required: "must not be empty",
  tooLong: "is too long",
  date: "is not a date (YYYY-MM-DD)",
};

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = FIELD_NAMES[String(issue.path[0])] ?? String(issue.path[0]);
  throw new CliError(`Invalid ${field}: ${PROBLEMS[issue.message] ?? issue.message}.`, true);
}
