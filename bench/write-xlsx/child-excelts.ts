// @cj-tech-master/excelts: a dependency-free TypeScript rewrite of exceljs with the same API.
import { renderWithExcelJs, type ExcelJsLike } from "./exceljs-render";
import { runChild } from "./child-kit";

void runChild(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require("@cj-tech-master/excelts") as ExcelJsLike;
  return (model) => renderWithExcelJs(lib, model);
});
