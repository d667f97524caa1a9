// The CLI is an esbuild CommonJS bundle (scripts/build-cli.mjs). The writer must work there, from
// the bundle alone: it never loads exceljs (SpreadsheetML straight from the model, zipped with fflate).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../../..");

it("writes a form from an esbuild CJS bundle without loading exceljs", async () => {
  const dir = mkdtempSync(join(tmpdir(), "bdg-bundle-"));
  const entry = join(dir, "entry.ts");
  const out = join(dir, "form.xlsx");
  writeFileSync(
    entry,
    `import { buildForm, withValues } from ${JSON.stringify(join(ROOT, "src/core/form"))};
import { defaultPlan } from ${JSON.stringify(join(ROOT, "src/core/plan"))};
import { writeWorkbook } from ${JSON.stringify(join(ROOT, "src/xlsx/write"))};
import { readXlsx } from ${JSON.stringify(join(ROOT, "src/xlsx/read"))};
import { writeFileSync } from "node:fs";
const loaded = () => Object.keys(require.cache).some((k) => k.includes("exceljs"));
async function main() {
  const before = loaded();
  const r = buildForm(defaultPlan, "P_YTE", "2024-H1", "bundle");
  if (!r.ok) throw new Error(r.message);
  const bytes = await writeWorkbook(withValues(r.form, { CL04: 10 }));
  writeFileSync(process.argv[2], bytes);
  const read = readXlsx(bytes);
  console.log(JSON.stringify({ before, after: loaded(), sheets: read.ok ? read.workbook.sheets.map((s) => s.name) : read }));
}
main();
`,
  );
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["exceljs"],
    outfile: join(dir, "bundle.cjs"),
    logLevel: "silent",
  });
  const stdout = execFileSync(process.execPath, [join(dir, "bundle.cjs"), out], {
    env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") },
    encoding: "utf8",
  });
  expect(JSON.parse(stdout)).toEqual({ before: false, after: false, sheets: ["BaoCao", "_meta"] });
  expect(existsSync(out)).toBe(true);
});
