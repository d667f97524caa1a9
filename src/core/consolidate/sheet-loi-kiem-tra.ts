// "LoiKiemTra": every validation issue, by unit (roster order, unidentified files last), then by
// file and in form order; the summary's own cross-check warnings close the list.
import type { Issue } from "../issues";
import { renderIssue, severityLabel } from "../issues/messages-vi";
import type { Plan } from "../plan/schema";
import type { SheetModel } from "../sheet";
import { compareText } from "./compare-text";
import { newSheet, put, putBanner, putHeader } from "./sheet-builder";
import type { Summary } from "./summary";
import { baseStyles } from "./summary-styles";

const HEADERS = ["STT", "Đơn vị", "Tệp", "Mức độ", "Chỉ tiêu", "Ô", "Nội dung"];
const DISTRICT = "Tổng hợp huyện";

interface Line {
  unit: string;
  file: string | null;
  issue: Issue;
}

function linesByUnit(plan: Plan, summary: Summary): Line[] {
  const order = new Map(plan.units.map((u, i) => [u.code, i]));
  const rank = (unit: string | null) => (unit === null ? plan.units.length : (order.get(unit) ?? plan.units.length));
  const entries = [...summary.issuesByFile].sort(
    (a, b) => rank(a.unit) - rank(b.unit) || compareText(a.file, b.file),
  );
  const name = (unit: string | null) =>
    unit === null ? "(không xác định)" : (plan.units.find((u) => u.code === unit)?.name ?? unit);
  const lines: Line[] = entries.flatMap((e) => e.issues.map((issue) => ({ unit: name(e.unit), file: e.file, issue })));
  for (const issue of summary.summaryIssues) lines.push({ unit: DISTRICT, file: null, issue });
  return lines;
}

export function loiKiemTraSheet(plan: Plan, summary: Summary): SheetModel {
  const sheet = newSheet({ name: "LoiKiemTra", columnWidths: [6, 30, 36, 10, 11, 14, 90], styles: baseStyles, tabColor: "C00000" });
  putBanner(sheet, 0, "DANH SÁCH LỖI VÀ CẢNH BÁO KHI KIỂM TRA", HEADERS.length, "title");
  putHeader(sheet, 2, HEADERS);
  linesByUnit(plan, summary).forEach((line, i) => {
    const row = 3 + i;
    const severity = line.issue.severity;
    put(sheet, row, 0, i + 1, "center");
    put(sheet, row, 1, line.unit, "text");
    put(sheet, row, 2, line.file, "text");
    put(sheet, row, 3, severityLabel(severity), severity);
    put(sheet, row, 4, line.issue.indicator, "center");
    put(sheet, row, 5, line.issue.cell, "text");
    put(sheet, row, 6, renderIssue(line.issue, plan), "text");
  });
  return sheet;
}
