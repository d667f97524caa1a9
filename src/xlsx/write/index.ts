// Writing .xlsx files: SpreadsheetML from the WorkbookModel, zipped with fflate.
export { writeWorkbook, writeWorkbookSync } from "./write-workbook";
