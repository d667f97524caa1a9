// Lint: typescript-eslint recommended, and the architecture rule of design.md:
// src/core is pure (no Office, React, Node built-ins, file I/O, adapters).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const nodeBuiltins = [
  "fs", "path", "os", "child_process", "crypto", "http", "https", "net", "url", "zlib", "stream", "worker_threads", "process",
];

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
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/core is pure: no React." },
            { group: ["office*", "@microsoft/office-js"], message: "src/core is pure: no Office." },
            { group: ["exceljs", "fflate"], message: "src/core is pure: file formats live in src/xlsx." },
            { group: ["node:*", ...nodeBuiltins], message: "src/core is pure: no Node built-ins." },
            { group: ["**/excel/**", "**/xlsx/**", "**/cli/**", "**/taskpane/**", "../excel", "../xlsx", "../cli", "../taskpane", "../../excel", "../../xlsx", "../../cli", "../../taskpane"], message: "src/core must not import the adapters." },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "fetch", message: "no network" }, { name: "XMLHttpRequest", message: "no network" }],
      "no-restricted-properties": ["error", { object: "Date", property: "now", message: "time is a parameter in the core" }],
      "no-restricted-syntax": ["error", { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "time is a parameter in the core" }],
    },
  },
);
