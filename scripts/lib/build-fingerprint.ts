import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { run } from "./processes";

const SOURCE_DIRS = ["app", "components", "lib", "messages", "public"];
const SOURCE_FILES = [
  "package-lock.json",
  "next.config.ts",
  "proxy.ts",
  "instrumentation.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "global.d.ts",
  "prisma/schema.prisma",
];
const SKIP = new Set(["generated", "node_modules"]);

/** A hash of everything `next build` reads, so `npm start` rebuilds only when it changed. */
export async function sourceFingerprint(root: string): Promise<string> {
  const hash = createHash("sha256");
  const files = [...SOURCE_FILES.map((file) => path.join(root, file))];
  for (const dir of SOURCE_DIRS) files.push(...(await walk(path.join(root, dir))));
  for (const file of files.sort()) {
    if (!existsSync(file)) continue;
    hash
      .update(path.relative(root, file))
      .update("\0")
      .update(await readFile(file))
      .update("\0");
  }
  return hash.digest("hex");
}

/**
 * `next build` in `root` unless the last build there was of these very sources (the fingerprint
 * is kept beside the build), so a second `npm start` or benchmark starts at once.
 */
export async function buildIfSourcesChanged(root: string, announce: string): Promise<void> {
  const stamp = path.join(root, ".next", "claimdesk-source-fingerprint");
  const fingerprint = await sourceFingerprint(root);
  const built =
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(stamp) &&
    (await readFile(stamp, "utf8")) === fingerprint;
  if (built) return;
  console.log(announce);
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  await run(process.execPath, [nextBin, "build"], { cwd: root, env: { ...process.env, NODE_ENV: "production" } });
  await writeFile(stamp, fingerprint);
}

async function walk(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((entry) => !SKIP.has(entry.name))
      .map((entry) =>
        entry.isDirectory() ? walk(path.join(dir, entry.name)) : Promise.resolve([path.join(dir, entry.name)]),
      ),
  );
  return nested.flat().filter((file) => !file.endsWith(".test.ts") && !file.endsWith(".test.tsx"));
}
