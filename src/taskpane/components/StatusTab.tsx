// "Tình hình nộp": the units to chase first (missing, invalid, late), grouped with a count, one
// line per unit and the reason on demand; the rates once at the top; then the reminders.
import { Body1Strong, Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useMemo, useState } from "react";
import type { Summary } from "../../core/consolidate";
import type { Plan } from "../../core/plan";
import { formatPercentVi } from "../../core/text";
import { formatDateVi } from "../../core/time";
import { reminderLines, reminderMailto, reminderSubject } from "../../usecases";
import { statusGroups, type StatusFilter } from "../view/status-groups";
import { statusRows } from "../view/status-view";
import { ReminderList, type ReminderItem } from "./ReminderList";
import { StatusFilterBar } from "./StatusFilterBar";
import { StatusUnitLine } from "./StatusUnitLine";

const useStyles = makeStyles({
  tab: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "8px" },
  group: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)" },
  head: { display: "flex", justifyContent: "space-between", paddingBlock: "4px 2px", borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
});

/** Memoized: the roster is only re-drawn when the summary (or plan) or the filter changes. */
export const StatusTab = memo(function StatusTab({ plan, summary }: { plan: Plan; summary: Summary | null }) {
  const styles = useStyles();
  const [filter, setFilter] = useState<StatusFilter>({ text: "", group: "all" });
  const rows = useMemo(() => (summary ? statusRows(plan, summary) : []), [plan, summary]);
  const reminders = useMemo<ReminderItem[]>(() => {
    if (!summary) return [];
    const names = new Map(rows.map((r) => [r.unit, r.unitName]));
    return reminderLines(plan, summary).map((line) => {
      const unitName = names.get(line.unit) ?? line.unit;
      return { line, unitName, mailto: reminderMailto(line, reminderSubject(plan, summary, unitName)) };
    });
  }, [plan, summary, rows]);
  if (!summary) {
    return <Text data-testid="status-empty">Chưa có số liệu: hãy chọn các tệp và bấm “Tổng hợp” ở thẻ Tổng hợp.</Text>;
  }
  const groups = statusGroups(rows, filter);
  const present = new Set(rows.map((r) => r.status));
  return (
    <div className={styles.tab}>
      <Body1Strong data-testid="status-rates">
        Tỷ lệ báo cáo {formatPercentVi(summary.reportingRate)} · đúng hạn {formatPercentVi(summary.onTimeRate)} (tính đến{" "}
        {formatDateVi(summary.asOf)})
      </Body1Strong>
      <StatusFilterBar filter={filter} present={present} onChange={setFilter} />
      <div data-testid="status-table" aria-label="Tình hình nộp báo cáo" role="region">
        {groups.map((g) => (
          <section key={g.key} className={styles.group} data-group={g.key} aria-label={g.title}>
            <div className={styles.head}>
              <Body1Strong>{g.title}</Body1Strong>
              <Caption1 data-testid="group-count">{g.rows.length === g.total ? g.total : `${g.rows.length}/${g.total}`}</Caption1>
            </div>
            <div role="list">
              {g.rows.map((r) => (
                <StatusUnitLine key={r.unit} row={r} />
              ))}
            </div>
          </section>
        ))}
        {groups.every((g) => g.rows.length === 0) ? <Caption1 data-testid="status-no-match">Không có đơn vị nào khớp bộ lọc.</Caption1> : null}
      </div>
      <Body1Strong>Nhắc nộp</Body1Strong>
      <ReminderList items={reminders} />
    </div>
  );
});
