import { existsSync } from "node:fs";
import { run } from "./processes";

/**
 * Makes sure a command from a Debian package is present (pdftotext and pdftoppm from
 * poppler-utils check the PDF reports), installing the package with apt when we are root.
 */
export async function ensureDebianTool(command: string, debianPackage: string): Promise<string> {
  const path = `/usr/bin/${command}`;
  if (existsSync(path)) return path;
  if (process.getuid?.() !== 0)
    throw new Error(`${command} is needed by the tests. Install it: sudo apt-get install ${debianPackage}`);
  console.log(`Installing Debian's ${debianPackage} for the tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  await run("apt-get", ["update", "-qq"], { env });
  await run("apt-get", ["install", "-y", "-qq", debianPackage], { env });
  if (!existsSync(path)) throw new Error(`apt-get installed ${debianPackage}, but ${path} is missing.`);
  return path;
}
