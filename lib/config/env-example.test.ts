import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZEnv } from "./env";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const SCANNED = [
  "app",
  "lib",
  "components",
  "scripts",
  "prisma",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.ts",
  "prisma.config.ts",
];
/** Set by Next or by our own scripts for their children, not by whoever runs ClaimDesk. */
const INTERNAL = new Set(["NEXT_RUNTIME", "NEXT_TELEMETRY_DISABLED", "NEXT_PHASE"]);

function sourceFiles(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full, { withFileTypes: true })
    .filter((child) => child.name !== "generated" && child.name !== "node_modules")
    .flatMap((child) =>
      child.isDirectory()
        ? sourceFiles(path.join(entry, child.name))
        : /\.(ts|tsx|mjs)$/.test(child.name) && !/\.test\.tsx?$/.test(child.name)
          ? [path.join(ROOT, entry, child.name)]
          : [],
    );
}

function variablesRead(): Set<string> {
  const names = new Set<string>(Object.keys(ZEnv.shape));
  for (const file of SCANNED.flatMap(sourceFiles)) {
    for (const match of readFileSync(file, "utf8").matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)) names.add(match[1]!);
  }
  return new Set([...names].filter((name) => !INTERNAL.has(name)));
}

describe(".env.example", () => {
  it("documents every environment variable the app and its scripts read", () => {
    const example = readFileSync(path.join(ROOT, ".env.example"), "utf8");
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]!));
    const missing = [...variablesRead()].filter(
      (name) => !documented.has(name) && !new RegExp(`\\b${name}\\b`).test(example),
    );
    expect(missing).toEqual([]);
  });
});
