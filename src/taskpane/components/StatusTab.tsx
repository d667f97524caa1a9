// "Tình hình nộp": the roster with each unit's status, the rates, and the reminder lines.
import {
  Body1Strong, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { memo } from "react";
import type { Summary } from "../../core/consolidate";
import type { Plan } from "../../core/plan";
import { formatPercentVi } from "../../core/text";
import { formatDateVi } from "../../core/time";
import { reminderLines } from "../../usecases";
import { statusRows } from "../view/status-view";
import { ReminderList } from "./ReminderList";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  tab: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "10px" },
  reason: { color: tokens.colorNeutralForeground3 },
  alert: { display: "block", color: tokens.colorPaletteDarkOrangeForeground1 },
  table: { tableLayout: "auto" },
});

/** Memoized: the roster table is only re-drawn when the summary (or plan) changes. */
export const StatusTab = memo(function StatusTab({ plan, summary }: { plan: Plan; summary: Summary | null }) {
  const styles = useStyles();
  if (!summary) {
    return <Text data-testid="status-empty">Chưa có số liệu: hãy chọn các tệp và bấm “Tổng hợp” ở thẻ Tổng hợp.</Text>;
  }
  const rows = statusRows(plan, summary);
  return (
    <div className={styles.tab}>
      <Body1Strong data-testid="status-rates">
        Tỷ lệ báo cáo {formatPercentVi(summary.reportingRate)} · đúng hạn {formatPercentVi(summary.onTimeRate)} (tính đến{" "}
        {formatDateVi(summary.asOf)})
      </Body1Strong>
      <Table size="small" className={styles.table} data-testid="status-table" aria-label="Tình hình nộp báo cáo">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Đơn vị</TableHeaderCell>
            <TableHeaderCell>Tình trạng</TableHeaderCell>
            <TableHeaderCell>Ngày nộp</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.unit} data-unit={r.unit} data-status={r.status}>
              <TableCell>
                {r.unitName}
                <br />
                <Caption1 className={styles.reason}>{r.reason}</Caption1>
                {r.alerts.map((a) => (
                  <Caption1 key={a} className={styles.alert} data-testid="unit-alert">
                    ⚠ {a}
                  </Caption1>
                ))}
              </TableCell>
              <TableCell>
                <StatusBadge row={r} />
              </TableCell>
              <TableCell title={r.dateSource}>{r.submitted}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Body1Strong>Nhắc nộp</Body1Strong>
      <ReminderList lines={reminderLines(plan, summary)} />
    </div>
  );
});
