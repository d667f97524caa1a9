// dist-cli/bdg.cjs, written by scripts/build-cli.mjs: the bundled command line (BUNDLE_SOURCE)
// compiled with the bytecode V8 cached after a sample run of the same build, so a start does not
// compile the megabyte of code again (V8's code cache; Node 20 has no compile cache of its own).
// The cache file is named by the bundle's hash, so it can only ever belong to this bundle; one
// that is missing, unreadable or rejected by V8 (another node version) only means compiling as
// usual. BDG_WRITE_CODE_CACHE=FILE (the build's sample run) writes the cache on exit.
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { Script } = require("node:vm");

const BUNDLE_HASH = "";
const BUNDLE_SOURCE = "";

let cachedData;
try {
  cachedData = readFileSync(`${__filename}.${BUNDLE_HASH}.v8cache`);
} catch {
  cachedData = undefined;
}
const wrapped = `(function (exports, require, module, __filename, __dirname) {${BUNDLE_SOURCE}\n})`;
// The name the cache was made under (the build runs this file as a probe beside bdg.cjs).
const script = new Script(wrapped, { filename: require("node:path").join(__dirname, "bdg.cjs"), cachedData });
const target = process.env.BDG_WRITE_CODE_CACHE;
if (target) {
  delete process.env.BDG_WRITE_CODE_CACHE; // not for the read workers
  process.on("exit", () => writeFileSync(target, script.createCachedData()));
}
script.runInThisContext()(module.exports, require, module, __filename, __dirname);
