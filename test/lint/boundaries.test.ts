// The boundaries of docs/architecture.md, as eslint.config.mjs states them: each snippet below breaks
// one rule where it applies and is fine where it does not, so removing or loosening a rule fails here.
// ESLint's API runs in a child node (jest cannot load the ES-module config file itself), once for
// all the snippets.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const REPO = join(__dirname, "..", "..");

const LINT_SNIPPETS = `
import { ESLint } from "eslint";
import { join } from "node:path";
const cases = JSON.parse(process.argv[1]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const [path, code] of cases) {
  const [result] = await eslint.lintText(code, { filePath: join(process.cwd(), path) });
  out.push([...new Set(result.messages.map((m) => m.ruleId ?? "(fatal) " + m.message))]);
}
process.stdout.write(JSON.stringify(out));
`;

/** For each [path, code]: the rules the snippet breaks when it sits at `path` (a file that need not exist). */
function brokenRules(cases: readonly (readonly [string, string])[]): string[][] {
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", LINT_SNIPPETS, JSON.stringify(cases)], { cwd: REPO, encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[][];
}

const IMPORTS = "no-restricted-imports";
const GLOBALS = "no-restricted-globals";
const SYNTAX = "no-restricted-syntax";

const CASES: [string, string, string[]][] = [
  // Node built-ins: never in the core or the use cases; the CLI may.
  ["src/core/read/x.ts", 'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n', [IMPORTS]],
  ["src/core/read/x.ts", 'import { join } from "path";\nexport const f = join;\n', [IMPORTS]],
  ["src/usecases/x.ts", 'import { Worker } from "worker_threads";\nexport const W = Worker;\n', [IMPORTS]],
  ["src/usecases/x.ts", 'import { readFile } from "fs/promises";\nexport const f = readFile;\n', [IMPORTS]],
  ["src/usecases/x.ts", 'import { createHash } from "node:crypto";\nexport const f = createHash;\n', [IMPORTS]],
  ["src/cli/io/x.ts", 'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n', []],
  // React: never in the core or the use cases; the pane may.
  ["src/core/form/x.ts", 'import { useState } from "react";\nexport const f = useState;\n', [IMPORTS]],
  ["src/usecases/x.ts", 'import { useState } from "react";\nexport const f = useState;\n', [IMPORTS]],
  ["src/usecases/x.ts", 'import { Button } from "@fluentui/react-components";\nexport const B = Button;\n', [IMPORTS]],
  ["src/taskpane/components/X.tsx", 'import { useState } from "react";\nexport const f = useState;\n', []],
  // The use cases may use the reader (the shared layer judges files with it).
  ["src/usecases/x.ts", 'import { readXlsx } from "../xlsx/read";\nexport const f = readXlsx;\n', []],
  // Office.js globals: only in src/excel, and the pane's start-up.
  ["src/usecases/x.ts", "export const run = () => Excel.run(async () => undefined);\n", [GLOBALS]],
  ["src/core/read/x.ts", "export const ready = () => Office.onReady();\n", [GLOBALS]],
  ["src/taskpane/host/x.ts", "export const ready = () => Office.onReady();\n", [GLOBALS]],
  ["src/taskpane/App.tsx", "export const ready = () => Office.onReady();\n", [GLOBALS]],
  ["src/cli/x.ts", "export type R = Excel.Range;\nexport const r = (x: R) => x;\n", [SYNTAX]],
  ["src/core/ports/x.ts", "export type C = Excel.RequestContext;\nexport const c = (x: C) => x;\n", [SYNTAX]],
  // The core's clock rule and the Office types rule hold together (one list per file).
  ["src/core/read/x.ts", "export const now = () => new Date();\n", [SYNTAX]],
  ["src/taskpane/index.tsx", "export const ready = () => Office.onReady();\n", []],
  ["src/excel/x.ts", "export const run = () => Excel.run(async () => undefined);\nexport type R = Excel.Range;\n", []],
];

describe("eslint enforces the boundaries", () => {
  let found: string[][];
  beforeAll(() => {
    found = brokenRules(CASES.map(([path, code]) => [path, code] as const));
  });

  it.each(CASES.map((c, i) => [...c, i] as const))("%s: %j → %j", (_path, _code, rules, i) => {
    expect(found[i]).toEqual(rules);
  });
});
