// Regenerates the hostile corpus (test/fixtures/hostile, docs/robustness.md) from its generator in
// test/hostile/corpus, bundled on the fly with esbuild (the generator is TypeScript and uses the
// product's own form writer).
//   node scripts/make-hostile-fixtures.mjs            write the corpus
//   node scripts/make-hostile-fixtures.mjs --measure  measure the largest inputs (docs/robustness.md)
import { build } from "esbuild";
import process from "node:process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const measure = process.argv.includes("--measure");
const entry = resolve(measure ? "test/hostile/measure/measure-largest.ts" : "test/hostile/corpus/make-corpus-main.ts");
const dir = mkdtempSync(join(tmpdir(), "bdg-hostile-"));
const outfile = join(dir, "run.cjs");
await build({
  entryPoints: [entry],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile,
  external: ["exceljs"],
  logLevel: "warning",
  // __dirname inside the bundle must be the source folder, not the temporary one.
  define: { __HOSTILE_SOURCE_DIR__: JSON.stringify(resolve("test/hostile/corpus")) },
});
try {
  const require = createRequire(join(process.cwd(), "package.json"));
  process.env.NODE_PATH = resolve("node_modules");
  require("node:module").Module._initPaths();
  if (!process.env.BDG_MEASURE_CHILD) await require(outfile).main();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
