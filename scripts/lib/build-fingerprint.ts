import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

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
