// The narrative report of a summary (docs/contract.md §4.4 `--docx`), in the order of Nghị định
// 30/2020/NĐ-CP: heading (issuing body | Quốc hiệu, tiêu ngữ; "Số: …/BC-…"; place and date), title
// and subject, "Kính gửi", the body in sections, the closing sentence, "Nơi nhận" and the
// signature. Section I says how the reporting went, II the results per section of the plan, III
// the units' difficulties and proposals, IV is left for the officer.
import { NATIONAL_MOTTO, NATIONAL_NAME } from "../form/header-block";
import type { Summary } from "../consolidate/summary";
import type { Period, Plan } from "../plan/schema";
import { findPeriod } from "../plan/queries";
import { foldText } from "../text/normalize";
import { VICTIMS } from "./chart-victims";
import { narrativesSection } from "./narratives-section";
import { FILL_IN, heading, paragraph, type ReportBlock, type ReportModel, type ReportSignature } from "./report-model";
import { reportingSection } from "./reporting-section";
import { reportCharts } from "./report-charts";
import { resultsSection } from "./results-section";
import { lowerFirst, upperFirst } from "./words";

export { NATIONAL_MOTTO, NATIONAL_NAME };
export const REPORT_NUMBER = `Số: ${FILL_IN}/BC-${FILL_IN}`;
export const REPORT_TITLE = "BÁO CÁO";

/** "BÁO CÁO KẾT QUẢ THỰC HIỆN …" + "Năm 2024" → "Kết quả thực hiện … năm 2024" (a subject line is in lower case, NĐ 30/2020 Phụ lục I). */
export function reportSubject(plan: Plan, period: Period): string {
  const title = plan.formTitle.normalize("NFC").trim().replace(/^BÁO CÁO\s+/u, "");
  const shouting = title === title.toLocaleUpperCase("vi");
  const subject = shouting ? upperFirst(title.toLocaleLowerCase("vi")) : title;
  return `${subject} ${lowerFirst(period.label)}`;
}

function signatureOf(plan: Plan): ReportSignature {
  const issuer = foldText(plan.issuer);
  const council = issuer.startsWith("ubnd") || issuer.startsWith("ủy ban nhân dân") || issuer.startsWith("uỷ ban nhân dân");
  return { authority: council ? "TM. ỦY BAN NHÂN DÂN" : null, position: FILL_IN, name: FILL_IN };
}

function recipientName(plan: Plan, code: string | null): string | null {
  return code === null ? null : (plan.recipients.find((r) => r.code === code)?.name ?? code);
}

function recipientsOf(plan: Plan, summary: Summary): string[] {
  const others = plan.recipients.filter((r) => r.code !== summary.recipient).map((r) => `- ${r.name};`);
  return ["- Như trên;", ...(summary.recipient === null && others.length === 0 ? [`- ${FILL_IN};`] : summary.recipient === null ? others : []), `- Lưu: VT, ${FILL_IN}.`];
}

export function buildReport(plan: Plan, summary: Summary): ReportModel {
  const period = findPeriod(plan, summary.period);
  if (!period) throw new Error(`Kế hoạch không có kỳ báo cáo "${summary.period}"`);
  const { status, targets, victims } = reportCharts(plan, summary, period);

  const subject = reportSubject(plan, period);
  const body: ReportBlock[] = [
    paragraph(`Thực hiện ${plan.title}, trên cơ sở báo cáo của các đơn vị, kết quả thực hiện ${lowerFirst(period.label)} như sau:`),
    heading(1, "I. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO"),
    ...reportingSection(plan, summary, period),
    ...(status ? [{ kind: "chart", chart: status } as const] : []),
    heading(1, "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"),
    ...resultsSection(plan, summary, period, { targets, bySection: [{ codes: [VICTIMS.all], charts: victims }] }),
    heading(1, "III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ"),
    ...narrativesSection(plan, summary),
    heading(1, "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI"),
    paragraph(FILL_IN),
    paragraph(`Trên đây là báo cáo ${lowerFirst(subject)}./.`),
  ];
  return {
    issuer: plan.issuer,
    number: REPORT_NUMBER,
    placeDate: `${plan.place}, ngày ${FILL_IN} tháng ${FILL_IN} năm ${FILL_IN}`,
    title: REPORT_TITLE,
    subject,
    addressee: recipientName(plan, summary.recipient) ?? FILL_IN,
    body,
    recipients: recipientsOf(plan, summary),
    signature: signatureOf(plan),
    meta: { plan: plan.id, period: summary.period, asOf: summary.asOf },
  };
}
