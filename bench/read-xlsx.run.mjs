// Bundles bench/read-xlsx.bench.ts with esbuild (into node_modules/.cache so exceljs/fflate resolve) and runs its main().
// Usage: node bench/read-xlsx.run.mjs [files=500] [rounds=15]
/* global URL, process */
import { build } from "esbuild";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const outfile = fileURLToPath(new URL("../node_modules/.cache/bdg-bench/read-xlsx.bench.cjs", import.meta.url));
await build({
  entryPoints: [fileURLToPath(new URL("./read-xlsx.bench.ts", import.meta.url))],
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile,
  external: ["exceljs", "fflate"],
  logLevel: "warning",
});
const require = createRequire(import.meta.url);
const { main } = require(outfile);
await main(Number(process.argv[2] ?? 500), Number(process.argv[3] ?? 15));
