// Runs the BUILT command line as a user would: `node bin/bdg.cjs …` in a child process.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const REPO = resolve(__dirname, "..", "..", "..");
const BIN = join(REPO, "bin", "bdg.cjs");

let built = false;
/** Builds dist-cli/bdg.cjs once per test file (the build writes atomically, so files may run in parallel). */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: REPO, stdio: "pipe" });
  built = true;
}

export interface BdgRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function bdg(args: readonly string[], cwd: string = REPO): BdgRun {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(prefix = "bdg-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}
