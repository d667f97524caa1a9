// Bundles the command line (src/cli/main.ts) into dist-cli/bdg.cjs with esbuild, and the read
// worker thread (src/cli/io/read-worker.ts) into dist-cli/read-worker.cjs: bdg.cjs starts it from
// its own folder (__dirname), so both files must sit side by side.
// Runs on `npm ci` (prepare), so `npx bdg` works right after install. exceljs stays external
// and is required lazily (only `template` and `consolidate --out` write files). The Word report's
// libraries (docx, echarts, @resvg/resvg-wasm with its .wasm file) stay external too: loaded from
// node_modules only by `consolidate --docx`, so no other run parses them.
// Files are written to a temporary name and renamed, so a `bdg` started while another build
// runs (parallel test files) never loads a half-written bundle.
//
// Start-up work done here once instead of on every `bdg` start:
// - the built-in plan is parsed by PlanSchema (and its cross-references checked) here, and the
//   bundle carries the result in place of src/core/plan/vinh-linh-2024.ts: bdg does not parse it
//   with zod on every start (~18 ms of CPU). The build fails if the plan does not pass;
// - V8's code cache: bdg.cjs is a small loader (scripts/cli-loader.cjs) holding the bundle as a
//   string; it compiles it with the bytecode V8 cached after a sample run of this very build
//   (bdg.cjs.<hash>.v8cache beside it). Measured: −26 ms of CPU per start, −45 ms on 27 forms.
//   A cache V8 rejects (another node version) or a missing one only means compiling as before.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

if (!existsSync("src/cli/main.ts")) {
  console.log("build-cli: src/cli/main.ts chưa có, bỏ qua.");
  process.exit(0);
}
const OUT = "dist-cli";
/** The sample run that fills the code cache: every kind of file the fixtures hold, and a summary written. */
const SAMPLE_INBOX = join("test", "fixtures", "hostile");

/** The built-in plan's input and PlanSchema.parse of it, as JSON; the build stops if it does not pass. */
async function parsedBuiltInPlan() {
  const entry = `
import { parsePlan, PlanSchema, vinhLinh2024Input } from "./src/core/plan";
const plan = PlanSchema.parse(vinhLinh2024Input);
module.exports = { input: vinhLinh2024Input, plan, checked: parsePlan(JSON.parse(JSON.stringify(plan))) };
`;
  const bundled = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: "ts" }, bundle: true, platform: "node", format: "cjs", write: false, logLevel: "warning" });
  const module = { exports: {} };
  new Function("module", "exports", "require", bundled.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  const { input, plan, checked } = module.exports;
  // JSON is what the bundle holds: the parsed plan must survive it unchanged.
  if (!checked.ok || !isDeepStrictEqual(JSON.parse(JSON.stringify(plan)), plan)) {
    console.error("build-cli: kế hoạch dựng sẵn không hợp lệ:", checked.ok ? "không giữ nguyên qua JSON" : JSON.stringify(checked.errors));
    process.exit(1);
  }
  return { input: JSON.stringify(input), plan: JSON.stringify(plan) };
}

const builtInPlan = await parsedBuiltInPlan();
/** src/core/plan/vinh-linh-2024.ts → its exports already computed (see above). */
const builtInPlanModule = {
  name: "built-in-plan",
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]plan[\\/]vinh-linh-2024\.ts$/ }, () => ({
      contents: `import type { Plan, PlanInput } from "./schema";\nexport const vinhLinh2024Input: PlanInput = ${builtInPlan.input};\nexport const defaultPlan: Plan = ${builtInPlan.plan};\n`,
      loader: "ts",
    }));
  },
};

/**
 * zod's 40-odd message locales are 366 KB of a 1.3 MB bundle, read and deserialised on every
 * start; bdg never picks one (its messages are its own, in Vietnamese: src/core/plan/zod-issues-vi.ts,
 * src/cli/args.ts), so `z.locales` keeps only the English default that zod itself imports.
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: `export { default as en } from "./en.js";\n`, loader: "js" }));
  },
};

const result = await build({
  entryPoints: { bdg: "src/cli/main.ts", "read-worker": "src/cli/io/read-worker.ts" },
  plugins: [builtInPlanModule, zodEnglishOnly],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outdir: OUT,
  outExtension: { ".js": ".cjs" },
  external: ["exceljs", "docx", "echarts", "@resvg/resvg-wasm"],
  sourcemap: true,
  logLevel: "warning",
  write: false,
});
const main = result.outputFiles.find((f) => /[\\/]bdg\.cjs$/.test(f.path));
const loaderTemplate = readFileSync(join("scripts", "cli-loader.cjs"), "utf8");
/** Names the cache: the bundle and the loader that compiles it. */
const hash = createHash("sha256").update(main.contents).update(loaderTemplate).digest("hex").slice(0, 16);
const loaderPath = join(OUT, "bdg.cjs");
const cachePath = join(OUT, `bdg.cjs.${hash}.v8cache`);

function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/** Same sources as the last build, its cache in place: nothing to do (tests build once per file). */
function upToDate() {
  return existsSync(cachePath) && existsSync(loaderPath) && readFileSync(loaderPath, "utf8").includes(`const BUNDLE_HASH = "${hash}";`) &&
    result.outputFiles.every((f) => f === main || (existsSync(f.path) && readFileSync(f.path).equals(Buffer.from(f.contents))));
}

/** The loader with the bundle inside (scripts/cli-loader.cjs: BUNDLE_HASH and BUNDLE_SOURCE filled in). */
function loaderText() {
  return loaderTemplate
    .replace('const BUNDLE_HASH = "";', () => `const BUNDLE_HASH = "${hash}";`)
    .replace('const BUNDLE_SOURCE = "";', () => `const BUNDLE_SOURCE = ${JSON.stringify(Buffer.from(main.contents).toString("utf8"))};`);
}

/** Runs the new loader once on the sample inbox and keeps the bytecode V8 compiled meanwhile. */
function writeCodeCache(loader) {
  const probe = join(OUT, `bdg.${process.pid}.probe.cjs`); // in dist-cli/, beside read-worker.cjs
  const cacheTemp = `${cachePath}.${process.pid}.tmp`;
  const empty = mkdtempSync(join(tmpdir(), "bdg-cache-"));
  writeFileSync(probe, loader);
  try {
    const inbox = existsSync(SAMPLE_INBOX) ? SAMPLE_INBOX : empty;
    // --out as well: the summary's model and the writer are then in the cache too (without them a
    // --out run compiled them on every start: measured +~25 ms of CPU on 27 forms).
    const summary = join(empty, "tong-hop.xlsx");
    execFileSync(process.execPath, [probe, "consolidate", inbox, "--period", "2024-Y", "--as-of", "2024-12-12", "--json", "--out", summary, "--jobs", "1"], {
      stdio: "ignore",
      env: { ...process.env, BDG_WRITE_CODE_CACHE: cacheTemp },
    });
    if (existsSync(cacheTemp)) renameSync(cacheTemp, cachePath);
  } catch {
    // No cache: bdg compiles its bundle on each start, as without one.
  } finally {
    rmSync(probe, { force: true });
    rmSync(cacheTemp, { force: true });
    rmSync(empty, { recursive: true, force: true });
  }
}

if (!upToDate()) {
  // The worker and the map first, the cache next: a bdg.cjs that appears finds everything it needs.
  for (const file of result.outputFiles) if (file !== main) writeAtomically(file.path, file.contents);
  const loader = loaderText();
  writeCodeCache(loader);
  writeAtomically(loaderPath, loader);
  for (const name of readdirSync(OUT)) {
    if (/^bdg\.cjs\.[0-9a-f]+\.v8cache$/.test(name) && join(OUT, name) !== cachePath) rmSync(join(OUT, name), { force: true });
  }
}
