// Bundles the command line (src/cli/main.ts) into dist-cli/bdg.cjs with esbuild.
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
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: "dist-cli/bdg.cjs",
  external: ["exceljs"],
  sourcemap: true,
  logLevel: "warning",
  write: false,
});
for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
