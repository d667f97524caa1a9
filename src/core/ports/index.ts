export * from "./workbook-port";
export { metaTable } from "./meta-table";
