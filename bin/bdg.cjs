#!/usr/bin/env node
// Entry point of `bdg`. The bundle is built by `npm ci` (prepare) or `npm run build:cli`.
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist-cli", "bdg.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write("bdg: chưa build. Hãy chạy: npm run build:cli\n");
  process.exit(2);
}
require(bundle);
