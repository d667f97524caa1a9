// The built task pane for the browser, privacy and manifest tests: dist/ is reused when it is newer
// than every source of the build, else built once (a lock keeps parallel jest workers from
// building at the same time).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
export const DIST = path.join(ROOT, "dist");
const LOCK = path.join(os.tmpdir(), `bdg-dist-build-${createHash("sha1").update(ROOT).digest("hex").slice(0, 12)}.lock`);
const BUILD_INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json"];

function newestMtime(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function isFresh(): boolean {
  const html = path.join(DIST, "taskpane.html");
  if (!existsSync(html) || !existsSync(path.join(DIST, "manifest.xml"))) return false;
  const built = statSync(html).mtimeMs;
  return BUILD_INPUTS.every((input) => !existsSync(path.join(ROOT, input)) || newestMtime(path.join(ROOT, input)) <= built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist/ with the production config unless a fresh build is there. */
export function ensureDist(): void {
  if (isFresh()) return;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // another worker is building: wait, then reuse its build if it is fresh
      if (Date.now() - statSync(LOCK).mtimeMs > 15 * 60_000) rmSync(LOCK, { recursive: true, force: true });
      sleep(1000);
      if (isFresh()) return;
    }
  }
  try {
    if (isFresh()) return;
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: ROOT,
      stdio: "pipe",
      env: { ...process.env, BDG_PUBLIC_URL: "", OFFICE_ADDIN_USAGE_DATA_LEVEL: "off" },
      timeout: 10 * 60_000,
    });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** The script files taskpane.html loads at start (the first load). */
export function firstLoadScripts(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}
