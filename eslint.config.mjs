// Lint: typescript-eslint recommended, and the boundaries of docs/architecture.md ("Rules of the road"):
// - src/core is pure: no Office, React, Node built-ins, file formats, adapters, network or clock;
// - src/usecases is host-neutral too: no React, no Node built-ins (the CLI and the pane both run it);
// - the Office.js globals (`Office`, `Excel`) only in src/excel, and the one Office.onReady of the
//   task pane's start-up (src/taskpane/index.tsx).
// test/lint/boundaries.test.ts lints a violating snippet against each rule, so a rule removed here fails a test.
import js from "@eslint/js";
import { builtinModules } from "node:module";
import tseslint from "typescript-eslint";

/** Every Node built-in by exact name ("fs", "fs/promises", "worker_threads" …), plus any "node:" import. */
const nodeBuiltins = (where) => ({
  paths: builtinModules.map((name) => ({ name, message: `${where}: no Node built-ins.` })),
  patterns: [{ group: ["node:*"], message: `${where}: no Node built-ins.` }],
});
const noReact = (where) => ({ group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"], message: `${where}: no React.` });

const OFFICE_ONLY_IN_EXCEL = "Office.js lives in src/excel only (behind WorkbookPort).";
const officeGlobals = ["Office", "Excel"].map((name) => ({ name, message: OFFICE_ONLY_IN_EXCEL }));
/** Office.js's types too (`Excel.Range`): no-restricted-globals sees only values. */
const officeTypes = { selector: "TSQualifiedName[left.name=/^(Excel|Office|OfficeExtension)$/]", message: OFFICE_ONLY_IN_EXCEL };
const clockInCore = { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "time is a parameter in the core" };
const noNetwork = [
  { name: "fetch", message: "no network" },
  { name: "XMLHttpRequest", message: "no network" },
];

const core = nodeBuiltins("src/core is pure");
const usecases = nodeBuiltins("src/usecases runs on every host");

export default tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "test-output/**", "bin/**", "*.config.js", "*.config.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx,js}"],
    ignores: ["src/excel/**", "src/taskpane/index.tsx"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals],
      "no-restricted-syntax": ["error", officeTypes],
    },
  },
  {
    files: ["src/usecases/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: usecases.paths, patterns: [...usecases.patterns, noReact("src/usecases")] }],
    },
  },
  {
    files: ["src/core/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: core.paths,
          patterns: [
            ...core.patterns,
            noReact("src/core is pure"),
            { group: ["office*", "@microsoft/office-js"], message: "src/core is pure: no Office." },
            { group: ["exceljs", "fflate"], message: "src/core is pure: file formats live in src/xlsx." },
            { group: ["**/excel/**", "**/xlsx/**", "**/cli/**", "**/taskpane/**", "../excel", "../xlsx", "../cli", "../taskpane", "../../excel", "../../xlsx", "../../cli", "../../taskpane"], message: "src/core must not import the adapters." },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...noNetwork, ...officeGlobals],
      "no-restricted-properties": ["error", { object: "Date", property: "now", message: "time is a parameter in the core" }],
      "no-restricted-syntax": ["error", clockInCore, officeTypes],
    },
  },
);
