// The plan: who reports, when, which indicators and rules (docs/domain.md §2, §4).
export * from "./schema";
export * from "./queries";
export * from "./load-plan";
export { defaultPlan, vinhLinh2024Input } from "./vinh-linh-2024";
