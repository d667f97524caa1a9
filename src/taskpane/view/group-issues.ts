// Validation results are shown counts first, then issues grouped by the form's sections
// (I. Tuyên truyền …), in the plan's order; issues about the form as a whole come first.
import type { Issue } from "../../core/issues";
import type { Plan } from "../../core/plan";
import { findIndicator } from "../../core/plan";

export interface IssueGroup {
  key: string;
  title: string;
  issues: Issue[];
}

const WHOLE_FORM = "__form";

export function groupIssuesBySection(plan: Plan, issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  const order = [WHOLE_FORM, ...plan.sections.map((s) => s.code)];
  for (const issue of issues) {
    const indicator = issue.indicator ? findIndicator(plan, issue.indicator) : undefined;
    const section = indicator ? plan.sections.find((s) => s.code === indicator.section) : undefined;
    const key = section ? section.code : WHOLE_FORM;
    let group = groups.get(key);
    if (!group) {
      group = { key, title: section ? `${section.stt}. ${section.title}` : "Toàn biểu mẫu", issues: [] };
      groups.set(key, group);
    }
    group.issues.push(issue);
  }
  return [...groups.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}
