/**
 * `npm run smoke`: proves the README's first command on this clone, as a new user would meet it.
 * Runs `npm start` in its own process group with a fresh data folder on free ports, waits for
 * /api/health, signs in as the demo editor over HTTP, downloads the Arabic PDF report of a
 * reference article and reads its text back with pdftotext, then sends Ctrl-C (SIGINT to the
 * group) and checks that Next and PostgreSQL are gone. Any failed step fails the run.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import os from "node:os";
import path from "node:path";
import { ensureDebianTool } from "./lib/debian-tools";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { freePort } from "./lib/free-port";

const ROOT = path.resolve(import.meta.dirname, "..");
const START_TIMEOUT_MS = 170_000;
const STOP_TIMEOUT_MS = 30_000;
const REFERENCE_TITLE = "قوّات سورية تطوّق مخيّماً يضم جهاديين فرنسيين في إدلب";
/** pdftotext splits kerned words and wraps runs in bidi marks: compare base letters only. */
const letters = (value: string) =>
  value.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u065f\u0670()]/g, "");

async function main(): Promise<void> {
  const started = Date.now();
  const pdftotext = await ensureDebianTool("pdftotext", "poppler-utils");
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "claimdesk-smoke-"));
  const port = await freePort();
  const dbPort = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  /** The database this test restarts itself after stopping the one npm start runs. */
  let restarted: RunningPostgres | undefined;
  const app = spawn("npm", ["start"], {
    cwd: ROOT,
    detached: true, // its own process group, so Ctrl-C can be sent to all of it
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: "",
      CLAIMDESK_DATA_DIR: dataDir,
      PORT: String(port),
      CLAIMDESK_DB_PORT: String(dbPort),
      APP_URL: base,
    },
  });
  for (const stream of [app.stdout, app.stderr])
    stream.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => app.on("exit", (code) => resolve(code)));

  try {
    await step("npm start serves /api/health", async () => {
      const health = await waitForHealth(base, exited);
      assert(health.db === "ok" && health.migrations === "current", `unexpected health ${JSON.stringify(health)}`);
    });
    await step("public/ serves the favicon and robots.txt", async () => {
      const [favicon, robots] = await Promise.all([fetch(`${base}/favicon.ico`), fetch(`${base}/robots.txt`)]);
      assert(
        favicon.status === 200 && (await favicon.arrayBuffer()).byteLength > 0,
        `favicon.ico answered ${favicon.status}`,
      );
      const rules = await robots.text();
      assert(
        robots.status === 200 && rules.includes("Allow: /r/") && rules.includes("Disallow: /"),
        "robots.txt is missing or says otherwise",
      );
    });
    const password = await step("the demo editor's password was printed once", async () => {
      const match = output.join("").match(/EDITOR\s+editor@claimdesk\.test\s+(\S+)/);
      assert(match, "no EDITOR line in the start output");
      return match[1]!;
    });
    await step("the app connects as its own role, which cannot rewrite the audit trail", async () => {
      assert(!output.join("").includes("the audit trail is not protected"), "start-up warned about the app's role");
    });
    const cookies = await step("the demo editor signs in over HTTP", () =>
      signIn(base, "editor@claimdesk.test", password),
    );
    const articleId = await step("the article list links the reference article", async () => {
      const html = await (await fetch(`${base}/`, { headers: { cookie: cookies } })).text();
      const links = [...html.matchAll(/href="\/articles\/([0-9a-f-]{36})"[^>]*>([^<]*)</g)];
      const id = links.find(([, , text]) => text!.includes(REFERENCE_TITLE))?.[1];
      assert(id, `no link titled "${REFERENCE_TITLE}" among ${links.length} article links on the home page`);
      return id;
    });
    await step("the Arabic PDF report downloads and reads back in Arabic", async () => {
      const response = await fetch(`${base}/api/reports/articles/${articleId}?format=pdf&lang=ar`, {
        headers: { cookie: cookies },
      });
      if (response.status !== 200)
        throw new Error(`PDF download answered ${response.status}: ${await response.text()}`);
      const pdf = Buffer.from(await response.arrayBuffer());
      assert(pdf.subarray(0, 5).toString() === "%PDF-", "the download is not a PDF");
      const file = path.join(dataDir, "report.pdf");
      await writeFile(file, pdf);
      const text = letters(execFileSync(pdftotext, [file, "-"]).toString("utf8"));
      for (const phrase of [REFERENCE_TITLE, "سلّم التقييم ومقابله"])
        assert(text.includes(letters(phrase)), `the PDF text lacks "${phrase}"`);
    });
    await step("with PostgreSQL stopped, pages answer the outage page and sign-in says unavailable", async () => {
      const pidFile = await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8");
      process.kill(Number(pidFile.split("\n")[0]), "SIGINT"); // PostgreSQL's fast shutdown
      await waitFor(async () => !(await isListening(dbPort)), 20_000, "PostgreSQL did not stop");
      const load = () => fetch(`${base}/`, { headers: { cookie: cookies, "accept-language": "ar" } });
      // The first page to fail tells the app; from then on the proxy answers at once.
      const first = await load();
      assert(first.status >= 500, `the first page without a database answered ${first.status}`);
      const page = await load();
      const html = await page.text();
      assert(page.status === 503, `a page without a database answered ${page.status}, not 503`);
      assert(html.includes("لا يستطيع ClaimDesk الوصول إلى قاعدة بياناته"), "the outage page is not in Arabic");
      const refused = await signInAttempt(base, "editor@claimdesk.test", password);
      assert(
        refused.headers.get("location")?.includes("code=unavailable"),
        `sign-in without a database went to ${refused.headers.get("location")}`,
      );
    });
    await step("PostgreSQL back: ClaimDesk recovers by itself", async () => {
      restarted = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, "postgres"),
        port: dbPort,
        persistent: true,
      });
      await waitFor(
        async () => (await fetch(`${base}/`, { headers: { cookie: cookies } })).status === 200,
        30_000,
        "the article list did not come back after PostgreSQL restarted",
      );
      await restarted.stop();
      restarted = undefined;
    });
    await step("Ctrl-C stops Next and PostgreSQL", async () => {
      process.kill(-app.pid!, "SIGINT");
      await withTimeout(exited, STOP_TIMEOUT_MS, "npm start did not exit after Ctrl-C");
      // npm returns at once on Ctrl-C; what it started finishes its own shutdown just after.
      const left = await groupEmptied(app.pid!, STOP_TIMEOUT_MS);
      assert(left.length === 0, `processes left running ${STOP_TIMEOUT_MS / 1000} s after Ctrl-C: ${left.join("; ")}`);
      for (const [name, open] of [
        ["Next", port],
        ["PostgreSQL", dbPort],
      ] as const) {
        assert(!(await isListening(open)), `${name} still listens on port ${open}`);
      }
    });
    console.log(`\nSmoke test of npm start passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } catch (error) {
    console.error(`\n--- npm start output ---\n${output.join("")}\n---`);
    throw error;
  } finally {
    await restarted?.stop();
    killGroup(app);
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await action();
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Polls until the app answers healthy; fails at once if npm start exits first. */
async function waitForHealth(base: string, exited: Promise<number | null>): Promise<Record<string, unknown>> {
  let stopped: number | null | undefined;
  void exited.then((code) => (stopped = code));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (stopped !== undefined) throw new Error(`npm start exited (code ${stopped}) before it served`);
    const health = await fetch(`${base}/api/health`).then(
      (response) => (response.ok ? (response.json() as Promise<Record<string, unknown>>) : null),
      () => null,
    );
    if (health) return health;
    await new Promise((resolve) => setTimeout(resolve, 500)); // polling interval, not synchronisation
  }
  throw new Error(`no healthy answer from ${base}/api/health within ${START_TIMEOUT_MS / 1000} s`);
}

/** Auth.js credentials sign-in: CSRF token, then the callback; returns the session cookie header. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const callback = await signInAttempt(base, email, password);
  const session = cookiesOf(callback);
  assert(
    /session-token=/.test(session),
    `sign-in gave no session (status ${callback.status}, location ${callback.headers.get("location")})`,
  );
  return `${callback.jar}; ${session}`;
}

/** Auth.js's credentials sign-in over HTTP, as a browser posts it; the answer is a redirect. */
async function signInAttempt(base: string, email: string, password: string): Promise<Response & { jar: string }> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/` }),
  });
  return Object.assign(callback, { jar });
}

/** Polls a condition until it holds or the deadline passes (a bounded wait, not a sleep). */
async function waitFor(condition: () => Promise<boolean>, ms: number, message: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(message);
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Live processes still in the group (Next, PostgreSQL and its workers would be); exited ones awaiting their reaper don't count. */
function groupMembers(pgid: number): string[] {
  const listing = execFileSync("ps", ["-eo", "pgid=,stat=,pid=,args="]).toString("utf8");
  return listing
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter(([group, state]) => group === String(pgid) && !state!.startsWith("Z"))
    .map((fields) => fields.slice(2).join(" "));
}

/** Waits, checking every 200 ms, for the group to empty; returns what is left at the deadline. */
async function groupEmptied(pgid: number, ms: number): Promise<string[]> {
  const deadline = Date.now() + ms;
  for (;;) {
    const left = groupMembers(pgid);
    if (left.length === 0 || Date.now() > deadline) return left;
    await new Promise((resolve) => setTimeout(resolve, 200)); // polling interval, not synchronisation
  }
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function killGroup(app: ChildProcess): void {
  try {
    process.kill(-app.pid!, "SIGKILL");
  } catch {
    // Already gone: the normal case after a clean Ctrl-C.
  }
}

main().catch((error: unknown) => {
  console.error(`\n✘ Smoke test of npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
