// exceljs, required when the first file is written (as bdg did): bundled into this file, or left
// external (loaded from node_modules), depending on how bench/write-xlsx.bench.ts builds it.
import { renderWithExcelJs, type ExcelJsLike } from "./exceljs-render";
import { runChild } from "./child-kit";

void runChild(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require("exceljs") as ExcelJsLike & { default?: ExcelJsLike };
  const exceljs = lib.default ?? lib;
  return (model) => renderWithExcelJs(exceljs, model);
});
