export * from "./sheet-model";
