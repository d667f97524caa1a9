export * from "./sheet-model";
export * from "./fit-rows";
