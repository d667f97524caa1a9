// After "Hoàn tất": what to do next and how the due date stands, or why it was refused.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Issue } from "../../core/issues";
import type { Plan } from "../../core/plan";
import { formatDateVi } from "../../core/time";
import type { FinalizeOutcome } from "../../usecases";
import { IssueList } from "./IssueList";

export interface FinalizeResultViewProps {
  plan: Plan;
  outcome: FinalizeOutcome;
  selected: Issue | null;
  onSelect: (issue: Issue) => void;
}

function recipientOf(plan: Plan): string {
  const via = /\(qua ([^)]+)\)/.exec(plan.recipient);
  return via ? via[1].trim() : plan.recipient;
}

export function FinalizeResultView({ plan, outcome, selected, onSelect }: FinalizeResultViewProps) {
  if (outcome.kind === "no_form") {
    return (
      <MessageBar intent="warning" data-testid="finalize-result">
        <MessageBarBody>{outcome.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (outcome.kind === "refused") {
    return (
      <div data-testid="finalize-result">
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Chưa thể hoàn tất: còn {outcome.errors.length} lỗi</MessageBarTitle>
            Sửa các lỗi dưới đây, bấm “Kiểm tra”, rồi bấm “Hoàn tất” lại.
          </MessageBarBody>
        </MessageBar>
        <IssueList plan={plan} issues={outcome.errors} selected={selected} onSelect={onSelect} />
      </div>
    );
  }
  const { standing } = outcome;
  const due = formatDateVi(standing.due);
  const when = `${outcome.submittedAt.slice(11, 16)} ngày ${formatDateVi(outcome.submittedAt)}`;
  const dueText =
    standing.daysLate > 0
      ? `Hạn nộp ${due}: đã trễ ${standing.daysLate} ngày, hãy gửi ngay.`
      : standing.daysLeft === 0
        ? `Hôm nay là hạn nộp (${due}).`
        : `Hạn nộp ${due}: còn ${standing.daysLeft} ngày.`;
  return (
    <MessageBar intent={standing.daysLate > 0 ? "warning" : "success"} data-testid="finalize-result">
      <MessageBarBody>
        <MessageBarTitle>Đã hoàn tất báo cáo của {outcome.unit.name}, kỳ {outcome.period.label}</MessageBarTitle>
        Thời điểm hoàn tất: {when}. {dueText}{" "}
        {outcome.downloadedAs
          ? `Đã tải về bản sao ${outcome.downloadedAs} (tệp gốc giữ nguyên). Việc tiếp theo: gửi e-mail bản sao này về ${recipientOf(plan)}.`
          : `Việc tiếp theo: lưu sổ (Ctrl+S), rồi gửi e-mail tệp này về ${recipientOf(plan)}.`}
      </MessageBarBody>
    </MessageBar>
  );
}
