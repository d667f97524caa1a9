// The consolidation as readable Vietnamese tables: who sent what and when, the files not used
// and why, the rates, then the district totals with their targets.
import type { Summary, TotalDetail } from "../../core/consolidate";
import { findIndicator, findPeriod, type Plan } from "../../core/plan";
import { formatNumberVi, formatPercentVi } from "../../core/text";
import { formatDateVi } from "../../core/time";
import { DATE_SOURCE_LABEL, OUTCOME_LABEL, statusLabel } from "./labels";
import { clean, renderTable, type Column } from "./table";
import { terminalWidth } from "./terminal-width";
import { wrapToWidth } from "./text-width";

/** Each unit's alerts, under the status table: what the clerk should look at (docs/contract.md §4.1). */
function alertLines(plan: Plan, summary: Summary): string | null {
  const lines = summary.units.flatMap((u) => {
    const name = plan.units.find((unit) => unit.code === u.unit)?.name ?? u.unit;
    return u.alerts.map((a) => clean(`  ! ${name}: ${a.message}.`));
  });
  return lines.length === 0 ? null : lines.join("\n");
}

export function statusTable(plan: Plan, summary: Summary): string {
  return renderTable(
    [
      // At 80 columns: the date's source and the file go first (they are in the JSON and the summary).
      { title: "STT", align: "right", dropOrder: 3 },
      { title: "Đơn vị", maxWidth: 34, minWidth: 18 },
      { title: "Trạng thái", minWidth: 14 },
      { title: "Ngày nộp" },
      { title: "Theo", dropOrder: 1 },
      { title: "Lỗi", align: "right" },
      { title: "Lưu ý", align: "right" },
      { title: "Tệp", maxWidth: 48, dropOrder: 2 },
    ],
    summary.units.map((u, i) => [
      String(i + 1),
      plan.units.find((unit) => unit.code === u.unit)?.name ?? u.unit,
      statusLabel(u),
      u.submittedAt ? formatDateVi(u.submittedAt) : "",
      u.dateSource ? DATE_SOURCE_LABEL[u.dateSource] : "",
      u.errors > 0 ? String(u.errors) : "",
      u.alerts.length > 0 ? `! ${u.alerts.length}` : "",
      u.file ?? "",
    ]),
  );
}

function unusedFilesTable(summary: Summary): string | null {
  const unused = summary.files.filter((f) => f.outcome !== "used");
  if (unused.length === 0) return null;
  return renderTable(
    [{ title: "Tệp", maxWidth: 48, minWidth: 20 }, { title: "Kết quả", minWidth: 14 }, { title: "Lý do", maxWidth: 90, minWidth: 24 }],
    unused.map((f) => [f.file, OUTCOME_LABEL[f.outcome], f.reason ?? ""]),
  );
}

function valueText(plan: Plan, detail: TotalDetail): string {
  if (detail.value === null) return "—";
  const indicator = findIndicator(plan, detail.code);
  const uom = indicator?.unitOfMeasure ?? "";
  const isRatio = indicator?.type === "calc" || indicator?.type === "yesno";
  if (isRatio) return uom === "%" || indicator?.type === "yesno" ? formatPercentVi(detail.value) : `${formatNumberVi(detail.value, 1)} ${uom}`;
  return `${formatNumberVi(detail.value)} ${uom}`.trim();
}

function targetText(detail: TotalDetail): string {
  if (!detail.target) return "";
  const verdict = detail.target.met === null ? "chưa đánh giá" : detail.target.met ? "đạt" : "chưa đạt";
  return `${detail.target.op} ${formatNumberVi(detail.target.value)}: ${verdict}`;
}

function crossCheckText(detail: TotalDetail): string {
  const check = detail.crossCheck;
  if (!check || !check.warn || check.diffPct === null) return "";
  return `lệch ${formatNumberVi(check.diffPct, 1)} % so với nguồn khác`;
}

/** "so với kỳ trước": the earlier total and the change in % (docs/contract.md §4.5); "" when not compared. */
function previousText(plan: Plan, summary: Summary, detail: TotalDetail): string {
  const change = summary.comparison?.[detail.code];
  if (!change || change.previous === null) return "";
  const before = valueText(plan, { ...detail, value: change.previous });
  if (change.changePct === null) return before;
  const pct = `${change.changePct >= 0 ? "+" : ""}${formatNumberVi(change.changePct, 1)} %`;
  return `${before} (${pct})`;
}

function totalsTable(plan: Plan, summary: Summary): string {
  const compared = summary.comparison !== null;
  const rows = summary.totalDetails
    .filter((d) => findIndicator(plan, d.code)?.type !== "text")
    .map((d) => {
      const indicator = findIndicator(plan, d.code);
      const row = [d.code, indicator ? indicator.label : d.code, valueText(plan, d), targetText(d), crossCheckText(d)];
      return compared ? [...row.slice(0, 3), previousText(plan, summary, d), ...row.slice(3)] : row;
    });
  const columns: Column[] = [{ title: "Mã" }, { title: "Chỉ tiêu", maxWidth: 56, minWidth: 20 }, { title: /TỈNH/.test(plan.issuer.toUpperCase()) ? "Tổng tỉnh" : "Tổng huyện", align: "right" as const }, { title: "Mục tiêu", minWidth: 10 }, { title: "Đối chiếu", dropOrder: 1 }];
  if (compared) columns.splice(3, 0, { title: `Kỳ trước (${summary.previousPeriod})`, align: "right" as const });
  return renderTable(columns, rows);
}

function countBy<T extends string>(codes: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

export interface SummaryTextOptions {
  /** The district totals table (long: one row per indicator). */
  totals?: boolean;
}

export function summaryText(plan: Plan, summary: Summary, options: SummaryTextOptions = {}): string {
  const period = findPeriod(plan, summary.period);
  const parts: string[] = [];
  parts.push(
    `TỔNG HỢP BÁO CÁO BÌNH ĐẲNG GIỚI — ${period?.label ?? summary.period} — tính đến ngày ${formatDateVi(summary.asOf)}` +
      (period ? ` (hạn nộp ${formatDateVi(period.due)})` : ""),
  );
  parts.push("");
  parts.push("TÌNH TRẠNG NỘP BÁO CÁO");
  parts.push(statusTable(plan, summary));
  const alerts = alertLines(plan, summary);
  if (alerts) {
    parts.push("CẦN LƯU Ý");
    parts.push(alerts);
  }

  const statuses = countBy(summary.units.map((u) => u.status));
  const n = (code: Parameters<typeof statuses.get>[0]) => statuses.get(code) ?? 0;
  parts.push(
    `Đúng hạn: ${n("on_time")} · Trễ hạn: ${n("late")} · Không hợp lệ: ${n("invalid")} · Chưa nộp: ${n("missing") + n("pending")}` +
      ` · Không bắt buộc, chưa nhận: ${n("optional_missing")}`,
  );
  parts.push(
    `Tỷ lệ báo cáo: ${formatPercentVi(summary.reportingRate)} · Tỷ lệ đúng hạn: ${formatPercentVi(summary.onTimeRate)} (trên số đơn vị bắt buộc)`,
  );
  parts.push(summary.includeInvalid ? "Số liệu của báo cáo có lỗi VẪN được cộng (--include-invalid)." : "");

  const unused = unusedFilesTable(summary);
  if (unused) {
    parts.push("TỆP KHÔNG ĐƯỢC TỔNG HỢP");
    parts.push(unused);
  }
  if (summary.ignored.length > 0) {
    parts.push(`BỎ QUA ${summary.ignored.length} TỆP KHÔNG PHẢI BẢNG TÍNH`);
    parts.push(summary.ignored.map((f) => clean(`  ${f}`)).join("\n"));
  }
  if (options.totals ?? true) {
    // The area the totals cover, as the issuing body names it: a district before 7/2025, a province after.
    parts.push(/TỈNH/.test(plan.issuer.toUpperCase()) ? "SỐ LIỆU TỔNG HỢP TOÀN TỈNH" : "SỐ LIỆU TỔNG HỢP TOÀN HUYỆN");
    parts.push(totalsTable(plan, summary));
    for (const note of summary.comparisonNotes) parts.push(clean(`Lưu ý so sánh: ${note}.`));
  }
  // Tables fit themselves (table.ts); the sentences between them are word-wrapped on a terminal.
  const width = terminalWidth();
  return parts.map((part) => (part.includes("─") ? part : part.split("\n").map((l) => wrapToWidth(l, width, l.startsWith("  ! ") ? "    " : "  ")).join("\n"))).join("\n");
}
