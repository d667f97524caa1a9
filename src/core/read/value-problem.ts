// A problem found in one cell's value, before it is tied to a cell and an indicator.
import type { IssueParam, RuleCode, Severity } from "../issues";

export interface ValueProblem {
  severity: Severity;
  rule: RuleCode;
  params: Record<string, IssueParam>;
}
