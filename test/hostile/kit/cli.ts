// Runs `bdg` as a user does: a separate node process on the bundled command line. The bundle
// is built from the current sources into a temporary folder (esbuild, ~1 s), so the test
// never races another test rebuilding dist-cli/ and never runs a stale bundle.
import { buildSync } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..", "..");
let bundle: string | null = null;

export function cliBundle(): string {
  if (bundle) return bundle;
  const out = join(mkdtempSync(join(tmpdir(), "bdg-hostile-cli-")), "bdg.cjs");
  buildSync({
    entryPoints: [join(ROOT, "src", "cli", "main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: out,
    external: ["exceljs"],
    logLevel: "error",
  });
  bundle = out;
  return out;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as one JSON document, or undefined when it is not exactly one. */
  json: unknown;
}

export function runBdg(args: string[], cwd: string = ROOT): CliRun {
  const result = spawnSync(process.execPath, [cliBundle(), ...args], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NODE_PATH: join(ROOT, "node_modules"), TZ: "UTC" },
  });
  let json: unknown = undefined;
  try {
    json = JSON.parse(result.stdout);
  } catch {
    json = undefined;
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, json };
}
