// A check's verdict: counts first, then the issues by section. Clicking an issue selects its cell;
// the selected address is always shown too (in file mode it is the only way to find the cell).
import { Body1Strong, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles } from "@fluentui/react-components";
import type { Issue } from "../../core/issues";
import { renderIssue } from "../../core/issues/messages-vi";
import type { Plan } from "../../core/plan";
import { findPeriod, findUnit } from "../../core/plan";
import type { ValidatedForm } from "../../core/read";
import type { CheckResult, HostMode } from "../host/actions";
import { IssueList } from "./IssueList";
import { SeverityCounts } from "./SeverityCounts";

const useStyles = makeStyles({ form: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "6px", marginTop: "8px" } });

export interface CheckResultViewProps {
  plan: Plan;
  mode: HostMode;
  result: CheckResult;
  selected: Issue | null;
  onSelect: (issue: Issue) => void;
}

function formTitle(plan: Plan, form: ValidatedForm): string {
  const sub = form.submission;
  const unit = sub.unit ? (findUnit(plan, sub.unit)?.name ?? sub.unit) : "Không rõ đơn vị";
  const period = sub.period ? (findPeriod(plan, sub.period)?.label ?? sub.period) : "không rõ kỳ";
  return `${unit}, ${period} (trang ${sub.sheet})`;
}

export function CheckResultView({ plan, mode, result, selected, onSelect }: CheckResultViewProps) {
  const styles = useStyles();
  if (result.kind === "problem") {
    return (
      <MessageBar intent="error" data-testid="check-problem">
        <MessageBarBody>
          <MessageBarTitle>{result.source}: chưa kiểm tra được</MessageBarTitle>
          {renderIssue(result.issue, plan)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div data-testid="check-result">
      {selected?.cell ? (
        <MessageBar intent="info" data-testid="selected-cell">
          <MessageBarBody>
            <MessageBarTitle>Ô {selected.cell}</MessageBarTitle>
            {mode === "file" ? "Mở tệp trong Excel và đến ô này để sửa. " : null}
            {renderIssue(selected, plan)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {result.forms.map((form) => (
        <div key={form.submission.file + form.submission.sheet} className={styles.form}>
          <Body1Strong>{formTitle(plan, form)}</Body1Strong>
          <SeverityCounts errors={form.errors} warnings={form.warnings} />
          {form.issues.length === 0 ? (
            <Text>Biểu mẫu hợp lệ: không có lỗi, không có cảnh báo.</Text>
          ) : (
            <IssueList plan={plan} issues={form.issues} selected={selected} onSelect={onSelect} />
          )}
        </div>
      ))}
    </div>
  );
}
