// Issues in tests: one param read off an issue whose rule the test does not narrow, and issues
// built with deliberately partial params (a message renders whatever reaches it).
import type { Issue, IssueParam, RuleCode, Severity } from "../../src/core/issues";

export function paramOf(issue: { params: object }, key: string): IssueParam | undefined {
  return (issue.params as Record<string, IssueParam | undefined>)[key];
}

export function looseIssue<R extends RuleCode>(issue: {
  severity: Severity;
  rule: R;
  indicator: string | null;
  cell: string | null;
  params: Record<string, IssueParam>;
}): Extract<Issue, { rule: R }> {
  return issue as unknown as Extract<Issue, { rule: R }>;
}
