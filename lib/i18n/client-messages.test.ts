import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages, SERVER_ONLY_NAMESPACES } from "./client-messages";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !/\.test\./.test(name) ? [full] : [];
  });
}

describe("messages sent to the browser", () => {
  it("leave out only namespaces that no client component (nor any shared component) reads", () => {
    const files = [...sourceFiles(path.join(ROOT, "app")), ...sourceFiles(path.join(ROOT, "components"))];
    const clientSide = files.filter(
      (file) => file.startsWith(path.join(ROOT, "components")) || readFileSync(file, "utf8").includes('"use client"'),
    );
    for (const namespace of SERVER_ONLY_NAMESPACES) {
      const readers = clientSide.filter((file) =>
        new RegExp(`["'\`]${namespace}["'.\`]`).test(readFileSync(file, "utf8")),
      );
      // components/charts/case-figures.tsx is a server component rendered only by server pages.
      expect(
        readers
          .map((file) => path.relative(ROOT, file))
          .filter((file) => file !== "components/charts/case-figures.tsx"),
      ).toEqual([]);
    }
  });

  it("keep every other namespace", () => {
    const messages = { errors: { x: "1" }, reportDocument: { y: "2" }, cases: { z: "3" } };
    expect(clientMessages(messages)).toEqual({ errors: { x: "1" }, cases: { z: "3" } });
  });
});
