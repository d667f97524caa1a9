// Bundles the command line (src/cli/main.ts) into dist-cli/bdg.cjs with esbuild, and the read
// worker thread (src/cli/io/read-worker.ts) into dist-cli/read-worker.cjs: bdg.cjs starts it from
// its own folder (__dirname), so both files must sit side by side.
// Runs on `npm ci` (prepare), so `npx bdg` works right after install. exceljs stays external
// and is required lazily (only `template` and `consolidate --out` write files).
// Files are written to a temporary name and renamed, so a `bdg` started while another build
// runs (parallel test files) never loads a half-written bundle.
import { build } from "esbuild";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

if (!existsSync("src/cli/main.ts")) {
  console.log("build-cli: src/cli/main.ts chưa có, bỏ qua.");
  process.exit(0);
}
const result = await build({
  entryPoints: { bdg: "src/cli/main.ts", "read-worker": "src/cli/io/read-worker.ts" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outdir: "dist-cli",
  outExtension: { ".js": ".cjs" },
  external: ["exceljs"],
  sourcemap: true,
  logLevel: "warning",
  write: false,
});
// The worker first: a bdg.cjs that appears is then never without its (as new) read-worker.cjs.
const isMainBundle = (file) => /[\\/]bdg\.cjs(\.map)?$/.test(file.path);
const ordered = [...result.outputFiles.filter((f) => !isMainBundle(f)), ...result.outputFiles.filter(isMainBundle)];
for (const file of ordered) {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
