// exceljs is loaded on first use only: it weighs 941 KB and the task pane must not pay for it
// at start (design.md). It is a CommonJS package:
// - in Node (the esbuild CLI bundle keeps it external; ts-jest runs CommonJS) a plain require
//   works, whereas import() inside jest's VM needs --experimental-vm-modules;
// - in a browser bundle, import() lets webpack put it in its own chunk.
import type * as ExcelJsNamespace from "exceljs";

export type ExcelJs = typeof ExcelJsNamespace;

let cached: ExcelJs | undefined;

function interop(mod: unknown): ExcelJs {
  const m = mod as ExcelJs & { default?: ExcelJs };
  return m.default && typeof m.default.Workbook === "function" ? m.default : m;
}

function isNodeCommonJs(): boolean {
  return typeof require === "function" && typeof process !== "undefined" && !!process.versions?.node;
}

export async function loadExcelJs(): Promise<ExcelJs> {
  if (cached) return cached;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod: unknown = isNodeCommonJs() ? require("exceljs") : await import("exceljs");
  cached = interop(mod);
  return cached;
}
