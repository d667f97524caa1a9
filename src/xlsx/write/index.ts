// Writing .xlsx files (exceljs, lazy-loaded). Import this folder lazily from UI code.
export { writeWorkbook } from "./write-workbook";
