// An Issue as the JSON of docs/contract.md §3: the data plus its Vietnamese message.
import type { Issue } from "../../core/issues";
import { renderIssue } from "../../core/issues/messages-vi";
import type { Plan } from "../../core/plan";

export interface IssueJson {
  severity: Issue["severity"];
  rule: string;
  indicator: string | null;
  cell: string | null;
  message: string;
  params: Issue["params"];
}

export function issueJson(issue: Issue, plan: Plan): IssueJson {
  return {
    severity: issue.severity,
    rule: issue.rule,
    indicator: issue.indicator,
    cell: issue.cell,
    message: renderIssue(issue, plan),
    params: issue.params,
  };
}
