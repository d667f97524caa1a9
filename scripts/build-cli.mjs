// Bundles the command line (src/cli/main.ts) into dist-cli/bdg.cjs with esbuild, and the read
// worker thread (src/cli/io/read-worker.ts) into dist-cli/read-worker.cjs: bdg.cjs starts it from
// its own folder (__dirname), so both files must sit side by side.
// Runs on `npm ci` (prepare), so `npx bdg` works right after install. exceljs stays external
// and is required lazily (only `template` and `consolidate --out` write files).
// Files are written to a temporary name and renamed, so a `bdg` started while another build
// runs (parallel test files) never loads a half-written bundle.
// The built-in plan is checked here, once, rather than parsed by zod on every start
// (src/core/plan/plan-defaults.ts): the build fails if it is not what PlanSchema.parse returns.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

if (!existsSync("src/cli/main.ts")) {
  console.log("build-cli: src/cli/main.ts chưa có, bỏ qua.");
  process.exit(0);
}
const PLAN_CHECK = `
import { isDeepStrictEqual } from "node:util";
import { defaultPlan, parsePlan, PlanSchema, vinhLinh2024Input } from "./src/core/plan";
const parsed = PlanSchema.parse(vinhLinh2024Input);
const checked = parsePlan(JSON.parse(JSON.stringify(defaultPlan)));
if (!isDeepStrictEqual(defaultPlan, parsed) || JSON.stringify(defaultPlan) !== JSON.stringify(parsed) || !checked.ok) {
  console.error("build-cli: kế hoạch dựng sẵn khác với PlanSchema.parse (src/core/plan/plan-defaults.ts)", checked.ok ? "" : JSON.stringify(checked.errors));
  process.exit(1);
}
`;
const checkFile = join(tmpdir(), `bdg-plan-check-${process.pid}.cjs`);
await build({ stdin: { contents: PLAN_CHECK, resolveDir: process.cwd(), loader: "ts" }, bundle: true, platform: "node", format: "cjs", outfile: checkFile, logLevel: "warning" });
try {
  execFileSync(process.execPath, [checkFile], { stdio: "inherit" });
} finally {
  rmSync(checkFile, { force: true });
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
