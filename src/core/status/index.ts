// Submission status: when a report was submitted, and whether it was on time.
export * from "./submitted-at";
export * from "./unit-status";
