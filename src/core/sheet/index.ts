export * from "./sheet-model";
export * from "./fit-rows";
export * from "./print-layout";
