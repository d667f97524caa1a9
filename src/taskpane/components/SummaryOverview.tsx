// What a consolidation produced: rates and status counts first, then the files not used and why,
// and where the summary went (sheets in the open workbook, or a download).
import { memo } from "react";
import { Badge, Body1Strong, Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles } from "@fluentui/react-components";
import { OUTCOME_LABEL, statusLabel, type Summary } from "../../core/consolidate";
import type { Plan } from "../../core/plan";
import { formatNumberVi, formatPercentVi } from "../../core/text";
import { formatDateVi } from "../../core/time";
import type { DeliverResult, HostMode } from "../host/actions";
import { STATUS_TONE, statusCounts } from "../view/status-view";
import { comparisonView } from "../view/comparison-view";
import { ComparisonOverview } from "./ComparisonOverview";

const useStyles = makeStyles({
  box: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "8px" },
  badges: { display: "flex", flexWrap: "wrap", gap: "6px" },
  list: { margin: 0, paddingLeft: "18px" },
});

export interface SummaryOverviewProps {
  plan: Plan;
  mode: HostMode;
  summary: Summary;
  delivered: DeliverResult | null;
  busy: boolean;
  onDeliver: () => void;
  onShowStatus: () => void;
}

/** Memoized: its list of files not used can run to hundreds of lines. */
export const SummaryOverview = memo(function SummaryOverview({ plan, mode, summary, delivered, busy, onDeliver, onShowStatus }: SummaryOverviewProps) {
  const styles = useStyles();
  const period = plan.periods.find((p) => p.code === summary.period);
  const notUsed = summary.files.filter((f) => f.outcome !== "used");
  const used = summary.files.length - notUsed.length;
  const compared = comparisonView(plan, summary);
  return (
    <div className={styles.box} data-testid="summary-overview">
      <Body1Strong>
        Tổng hợp kỳ {period?.label ?? summary.period}, tính đến ngày {formatDateVi(summary.asOf)}
      </Body1Strong>
      <Text data-testid="rates">
        Tỷ lệ báo cáo: {formatPercentVi(summary.reportingRate)} · Tỷ lệ đúng hạn: {formatPercentVi(summary.onTimeRate)} · {formatNumberVi(used)}/
        {formatNumberVi(summary.files.length)} tệp được dùng
      </Text>
      <div className={styles.badges}>
        {statusCounts(summary).map((c) => (
          <Badge key={c.status} appearance="tint" color={STATUS_TONE[c.status]}>
            {statusLabel({ status: c.status, daysLate: 0 }).replace(" 0 ngày", "")}: {c.count}
          </Badge>
        ))}
      </div>
      {notUsed.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{notUsed.length} tệp không được tổng hợp</MessageBarTitle>
            <ul className={styles.list}>
              {notUsed.map((f) => (
                <li key={f.file + f.outcome}>
                  {f.file}: {OUTCOME_LABEL[f.outcome]}
                  {f.reason ? ` (${f.reason})` : ""}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {compared ? <ComparisonOverview view={compared} /> : null}
      {summary.ignored.length > 0 ? (
        <Text data-testid="ignored-files">
          Bỏ qua {summary.ignored.length} tệp không phải bảng tính: {summary.ignored.join(", ")}
        </Text>
      ) : null}
      <div className={styles.badges}>
        <Button appearance="primary" disabled={busy} onClick={onDeliver}>
          {mode === "file" ? "Tải bảng tổng hợp (.xlsx)" : "Ghi bảng tổng hợp vào sổ"}
        </Button>
        <Button onClick={onShowStatus}>Xem tình hình nộp</Button>
      </div>
      {delivered ? (
        <MessageBar intent={delivered.kind === "written" && delivered.degraded.length > 0 ? "warning" : "success"} data-testid="deliver-result">
          <MessageBarBody>
            {delivered.kind === "downloaded"
              ? `Đã tải về ${delivered.fileName}.`
              : `Đã ghi ${delivered.sheets.length} trang vào sổ: ${delivered.sheets.join(", ")}.`}
            {delivered.kind === "written" && delivered.degraded.length > 0 ? ` ${delivered.degraded.join(" ")}` : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
});
