import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error";
import { parseAdminCommand } from "./commands";

/** The one-line message and whether it is a usage error (exit status 2). */
function refusalOf(argv: string[]): { message: string; usage: boolean } {
  try {
    parseAdminCommand(argv);
  } catch (error) {
    if (error instanceof CliError) return { message: error.message, usage: error.usage };
    throw error;
  }
  throw new Error("expected a refusal");
}

const BASE = ["create-token", "--team", "the-desk", "--email", "Chief@Example.org", "--name", "CMS bridge"];

describe("npm run admin -- create-token", () => {
  it("reads the team, the admin, the name, the role (VIEWER unless given) and the expiry", () => {
    expect(parseAdminCommand(BASE)).toEqual({
      kind: "create-token",
      teamSlug: "the-desk",
      email: "chief@example.org",
      name: "CMS bridge",
      role: "VIEWER",
      expiresOn: null,
    });
    expect(parseAdminCommand([...BASE, "--role", "EDITOR", "--expires", "2027-03-01"])).toMatchObject({
      role: "EDITOR",
      expiresOn: "2027-03-01",
    });
  });

  it("refuses missing options, a bad role, a bad date, a long name and stray arguments as usage errors", () => {
    expect(refusalOf(["create-token", "--team", "the-desk"])).toEqual({
      message: expect.stringMatching(/^create-token needs --email, --name\. Usage:/),
      usage: true,
    });
    expect(refusalOf([...BASE, "--role", "OWNER"]).usage).toBe(true);
    expect(refusalOf([...BASE, "--role", "OWNER"]).message).toMatch(/^Invalid --role/);
    expect(refusalOf([...BASE, "--expires", "01/03/2027"])).toEqual({
      message: "Invalid --expires: is not a date (YYYY-MM-DD).",
      usage: true,
    });
    const longName = BASE.map((arg) => (arg === "CMS bridge" ? "x".repeat(81) : arg));
    expect(refusalOf(longName).message).toBe("Invalid --name: is too long.");
    expect(refusalOf([...BASE, "extra"]).message).toMatch(/^Usage: npm run admin -- create-token/);
    expect(refusalOf([...BASE, "--admin", "a@example.org"]).message).toMatch(/^"create-token" takes no --admin\./);
  });

  it("keeps the other commands' options their own", () => {
    expect(refusalOf(["reset-password", "a@example.org", "--team", "x"]).message).toMatch(
      /^"reset-password" takes no --team\./,
    );
    expect(refusalOf(["create-team", "Desk", "--admin", "a@example.org", "--role", "ADMIN"]).message).toMatch(
      /^"create-team" takes no --role\./,
    );
    expect(parseAdminCommand(["create-team", "Desk", "--admin", "a@example.org", "--name", "Ann"])).toEqual({
      kind: "create-team",
      teamName: "Desk",
      adminEmail: "a@example.org",
      adminName: "Ann",
    });
    expect(parseAdminCommand(["create-token", "--help"])).toMatchObject({ kind: "help" });
  });
});
