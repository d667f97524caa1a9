// The built task pane (dist/), shared by the browser tests and the task pane bench: reused when it
// is newer than every source of the build, else built once with the production config. A lock in
// the temp folder keeps parallel jest workers (and a bench run) from building at the same time.
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module, __dirname, process */
"use strict";
const { execFileSync } = require("node:child_process");
const { createHash } = require("node:crypto");
const { existsSync, mkdirSync, readdirSync, rmSync, statSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
/** The standalone page (docs/contract.md §4.6), written by the same build. */
const PAGE = path.join(DIST, "bao-cao-bdg.html");
const LOCK = path.join(os.tmpdir(), `bdg-dist-build-${createHash("sha1").update(ROOT).digest("hex").slice(0, 12)}.lock`);
const BUILD_INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json"];
/** A lock older than this was left by a crashed build. */
const STALE_LOCK_MS = 15 * 60_000;

function newestMtime(p) {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function isDistFresh() {
  const html = path.join(DIST, "taskpane.html");
  if (!existsSync(html) || !existsSync(path.join(DIST, "manifest.xml")) || !existsSync(PAGE)) return false;
  const built = statSync(html).mtimeMs;
  return BUILD_INPUTS.every((input) => !existsSync(path.join(ROOT, input)) || newestMtime(path.join(ROOT, input)) <= built);
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds dist/ unless a fresh build is there; `log` hears what happens (default: nothing). */
function ensureDist(log = () => undefined) {
  if (isDistFresh()) return log("dist/: dùng lại bản build có sẵn");
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // another process is building: wait, then reuse its build if it is fresh
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      sleep(1000);
      if (isDistFresh()) return log("dist/: dùng lại bản vừa build");
    }
  }
  try {
    if (isDistFresh()) return log("dist/: dùng lại bản vừa build");
    log("dist/: build (webpack --mode production) …");
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
function firstLoadScripts(html) {
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

module.exports = { ROOT, DIST, PAGE, ensureDist, firstLoadScripts };
