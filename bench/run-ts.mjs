// Runs a TypeScript benchmark: bundles it with esbuild (into node_modules/.cache, so that
// exceljs and fflate resolve from node_modules) and calls its exported main(...args).
// Numeric arguments are passed as numbers.
// Usage: node bench/run-ts.mjs bench/round-trips.bench.ts
//        node bench/run-ts.mjs bench/read-xlsx.bench.ts [files=500] [rounds=15]
/* global process */
import { build } from "esbuild";
import { createRequire } from "node:module";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("Cách dùng: node bench/run-ts.mjs TỆP.bench.ts [tham số…]");
  process.exit(2);
}
const repo = resolve(fileURLToPath(import.meta.url), "..", "..");
const outfile = join(repo, "node_modules", ".cache", "bdg-bench", basename(entry).replace(/\.ts$/, ".cjs"));
await build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile,
  external: ["exceljs", "fflate", "esbuild"],
  logLevel: "warning",
});
const { main } = createRequire(import.meta.url)(outfile);
await main(...args.map((a) => (/^\d+(\.\d+)?$/.test(a) ? Number(a) : a)));
