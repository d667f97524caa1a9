export * from "./compare-values";
export * from "./recompute-calc";
export * from "./evaluate-rule";
export * from "./judge-target";
export * from "./validate-form";
export * from "./inspect-file";
