// Bundles bench/round-trips.bench.ts with esbuild (into node_modules/.cache) and runs its main().
// Usage: node bench/round-trips.run.mjs
/* global URL */
import { build } from "esbuild";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const outfile = fileURLToPath(new URL("../node_modules/.cache/bdg-bench/round-trips.bench.cjs", import.meta.url));
await build({
  entryPoints: [fileURLToPath(new URL("./round-trips.bench.ts", import.meta.url))],
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile,
  external: ["exceljs", "fflate"],
  logLevel: "warning",
});
const require = createRequire(import.meta.url);
const { main } = require(outfile);
await main();
