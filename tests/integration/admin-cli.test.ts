import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { memberFromBearerToken } from "@/lib/server/api-tokens/bearer-member";
import { loadMember } from "@/lib/server/users/load-member";
import { createTeam } from "./support";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as the operator would, with `stdin` piped in; killed if it outlives the test. */
function runAdmin(args: string[], stdin = ""): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/admin.ts", ...args], {
      cwd: ROOT,
      env: process.env,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 50_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

describe("npm run admin (the real CLI in a child process)", () => {
  it("creates a team and its admin from a piped password, then refuses the same name", async () => {
    const tag = randomUUID().slice(0, 8);
    const email = `cli-${tag}@example.test`;

    const good = await runAdmin(
      ["create-team", `CLI Desk ${tag}`, "--admin", email, "--name", "Cli Chief"],
      "a piped long password\n",
    );
    expect(good.stderr).toBe("");
    expect(good.code).toBe(0);
    expect(good.stdout).toContain(`Created team "CLI Desk ${tag}"`);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const team = await db.team.findFirstOrThrow({ where: { name: `CLI Desk ${tag}` } });
    expect(await loadMember({ userId: user.id, preferredTeamId: team.id })).toMatchObject({
      role: "ADMIN",
    });

    const duplicate = await runAdmin(
      ["create-team", `cli desk ${tag}`, "--admin", `other-${tag}@example.test`],
      "a piped long password\n",
    );
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr.trim().split("\n")).toEqual([
      expect.stringContaining(`A team named "CLI Desk ${tag}" already exists`),
    ]);
    expect(await db.user.count({ where: { email: `other-${tag}@example.test` } })).toBe(0);
  }, 120_000);

  it("refuses a malformed email with one line and the usage exit status, before touching the database", async () => {
    const bad = await runAdmin(["create-team", "Whatever", "--admin", "not-an-email"], "a piped long password\n");
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("admin: Invalid --admin email: is not a valid email address.");
    expect(await db.team.count({ where: { name: "Whatever" } })).toBe(0);
  }, 60_000);

  it("create-token prints the token once, acting as the team's admin; an editor is refused", async () => {
    const { team, members } = await createTeam(["ADMIN", "EDITOR"]);
    const args = ["create-token", "--team", team.slug, "--name", "Wire feed", "--role", "FACT_CHECKER"];

    const made = await runAdmin([...args, "--email", members.ADMIN.email]);
    expect(made.code).toBe(0);
    const token = made.stdout.trim();
    expect(token).toMatch(/^cdk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(made.stderr).toContain(`Created API token "Wire feed" (${token.slice(0, 12)})`);
    expect(await memberFromBearerToken(`Bearer ${token}`)).toMatchObject({
      userId: members.ADMIN.userId,
      teamId: team.id,
      role: "FACT_CHECKER",
    });

    const refused = await runAdmin([...args, "--email", members.EDITOR.email]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr.trim()).toBe(
      `admin: ${members.EDITOR.email} may not manage API tokens of the team "${team.slug}". Nothing was changed.`,
    );
    expect(await db.apiToken.count({ where: { teamId: team.id } })).toBe(1);
  }, 120_000);
});
