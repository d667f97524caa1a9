// Bundles the command line (src/cli/main.ts) into dist-cli/bdg.cjs with esbuild.
// Runs on `npm ci` (prepare), so `npx bdg` works right after install. exceljs stays external
// and is required lazily (only `template` and `consolidate --out` write files).
import { build } from "esbuild";
import { existsSync } from "node:fs";

if (!existsSync("src/cli/main.ts")) {
  console.log("build-cli: src/cli/main.ts chưa có, bỏ qua.");
  process.exit(0);
}
await build({
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: "dist-cli/bdg.cjs",
  external: ["exceljs"],
  sourcemap: true,
  logLevel: "warning",
});
