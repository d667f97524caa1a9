#!/usr/bin/env node
// `npm start`: serve the task pane over https on localhost:3000 with Office's dev certificates
// (webpack-dev-server builds it in memory), then sideload into Excel desktop where
// office-addin-debugging can (Windows, macOS). Elsewhere (Linux: office-addin-debugging refuses it)
// serve only and print how to sideload into Excel on the web.
// Telemetry: the office-addin-* tools of this version send nothing (office-addin-usage-data is a
// no-op that reports "off"); OFFICE_ADDIN_USAGE_DATA_LEVEL=off is still set for older copies.
/* global process */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const webpackCli = require.resolve("webpack-cli/bin/cli.js");
const env = { ...process.env, OFFICE_ADDIN_USAGE_DATA_LEVEL: "off" };

function run(args) {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  return child;
}

function main() {
  if (process.platform === "win32" || process.platform === "darwin") {
    const debuggingCli = require.resolve("office-addin-debugging/lib/cli.js");
    const devServer = `"${process.execPath}" "${webpackCli}" serve --mode development`;
    run([debuggingCli, "start", path.join(root, "manifest.xml"), "desktop", "--app", "excel", "--dev-server", devServer, "--dev-server-port", "3000"]);
    return;
  }
  // the dev server prints how to sideload once it listens (webpack.config.js, onListening)
  env.BDG_PRINT_SIDELOAD_HELP = "1";
  run([webpackCli, "serve", "--mode", "development"]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
