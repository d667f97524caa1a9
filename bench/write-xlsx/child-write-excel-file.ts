// write-excel-file (on fflate): the subset of the model its options reach.
import { renderWithWriteExcelFile, type WriteExcelFile } from "./write-excel-file-render";
import { runChild } from "./child-kit";

void runChild(async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lib = require("write-excel-file/node") as { default?: WriteExcelFile } & WriteExcelFile;
  const write = lib.default ?? lib;
  return (model) => renderWithWriteExcelFile(write, model);
});
