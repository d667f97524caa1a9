export * from "./normalize";
export * from "./number-format";
