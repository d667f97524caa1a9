export * from "./issue";
export * from "./messages-vi";
