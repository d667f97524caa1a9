// Every file bdg writes goes through openOutputs (docs/contract.md §4.3).
export { openOutputs, type Outputs, type WriteResult } from "./outputs";
export type { OutputGuard, OutputRequest } from "./refusals";
export { OUTPUT_KINDS, type OutputKind, type OutputKindSpec } from "./output-kinds";
export { REGISTER_FORMAT } from "./own-register";
export { isBdgWorkFile } from "./work-files";
