export * from "./issue";
export * from "./messages-vi";
export * from "./comparison";
export * from "./reasons-vi";
