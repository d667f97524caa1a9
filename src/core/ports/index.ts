export * from "./workbook-port";
