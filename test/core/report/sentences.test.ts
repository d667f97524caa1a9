// The report's sentences, built from the summary (docs/contract.md §4.4): targets met or missed,
// the change against an earlier period, who reported how, the units' narratives grouped.
import type { Change, Summary, TotalDetail } from "../../../src/core/consolidate";
import { consolidate } from "../../../src/core/consolidate";
import { defaultPlan, type Indicator } from "../../../src/core/plan";
import { buildReport, narrativeGroups, reportSubject, type ReportBlock } from "../../../src/core/report";
import { comparisonClause, previousPeriodText } from "../../../src/core/report/comparison-words";
import { targetClause } from "../../../src/core/report/target-words";
import { form, single, smallPlan } from "../consolidate/factory";

const indicator = (code: string): Indicator => defaultPlan.indicators.find((i) => i.code === code)!;
const detail = (code: string, value: number | null, target: TotalDetail["target"]): TotalDetail => ({ code, value, contributors: 3, crossCheck: null, target });
const textOf = (b: ReportBlock): string => (b.kind === "paragraph" || b.kind === "item" ? b.runs.map((r) => r.text).join("") : b.kind === "heading" ? b.text : b.chart.caption);

describe("targetClause: a total against the plan's target for its year", () => {
  it.each([
    ["TL_BL03", 94.545, { op: ">=", value: 80, met: true }, "vượt mục tiêu năm 2025 là 80 % (theo NQ 28/NQ-CP (Chiến lược quốc gia về bình đẳng giới 2021–2030), mục tiêu 3)"],
    ["TL_BL03", 80, { op: ">=", value: 80, met: true }, "đạt mục tiêu năm 2025 là 80 % (theo NQ 28/NQ-CP (Chiến lược quốc gia về bình đẳng giới 2021–2030), mục tiêu 3)"],
    ["TL_BL03", 45, { op: ">=", value: 80, met: false }, "thấp hơn mục tiêu năm 2025 là 80 % (theo NQ 28/NQ-CP (Chiến lược quốc gia về bình đẳng giới 2021–2030), mục tiêu 3)"],
    ["TL_CL04", 108, { op: "<=", value: 111, met: true }, "trong giới hạn mục tiêu năm 2025 (không quá 111 bé trai/100 bé gái) (theo NQ 28/NQ-CP (Chiến lược quốc gia về bình đẳng giới 2021–2030), mục tiêu 4)"],
    ["TL_CL04", 112.2, { op: "<=", value: 111, met: false }, "cao hơn giới hạn mục tiêu năm 2025 (không quá 111 bé trai/100 bé gái) (theo NQ 28/NQ-CP (Chiến lược quốc gia về bình đẳng giới 2021–2030), mục tiêu 4)"],
    ["TL_CL04", 125, { op: "<=", value: 111, met: null }, "chưa đánh giá so với mục tiêu vì số trẻ sinh ra sống dưới 30 trẻ (mục tiêu năm 2025: 111 bé trai/100 bé gái)"],
    ["TL_CL06", 90, { op: ">=", value: 100, met: false }, "thấp hơn mục tiêu năm 2025 là 100 % (mục tiêu của địa phương)"],
  ] as const)("%s = %d → %s", (code, value, target, text) => {
    const ind = indicator(code);
    expect(targetClause(defaultPlan, ind, detail(code, value, target), ind.unitOfMeasure)).toBe(text);
  });

  it.each([
    ["no target", null, 50],
    ["no value", { op: ">=", value: 80, met: null }, null],
  ] as const)("%s → nothing said", (_what, target, value) => {
    expect(targetClause(defaultPlan, indicator("TL_BL03"), detail("TL_BL03", value, target), "%")).toBeNull();
  });
});

describe("comparisonClause: the change against the earlier period", () => {
  const change = (previous: number | null, now: number | null): Change => ({
    previous,
    change: previous === null || now === null ? null : now - previous,
    changePct: previous === null || now === null || previous === 0 ? null : ((now - previous) * 100) / previous,
  });
  it.each([
    ["TT01", change(400, 442), "so với năm 2023 (400 buổi), tăng 42 buổi (10,5 %)"],
    ["TT01", change(500, 442), "so với năm 2023 (500 buổi), giảm 58 buổi (11,6 %)"],
    ["TT01", change(442, 442), "so với năm 2023 (442 buổi), không thay đổi"],
    ["TT01", change(0, 12), "so với năm 2023 (0 buổi), tăng 12 buổi"],
    ["KP01", change(1000, 1351.6), "so với năm 2023 (1.000 triệu đồng), tăng 351,6 triệu đồng (35,2 %)"],
    ["TL_BL03", change(90.1, 94.545), "so với năm 2023 (90,1 %), tăng 4,4 điểm phần trăm"],
  ] as const)("%s: %o", (code, c, text) => {
    expect(comparisonClause(indicator(code), c, "năm 2023")).toBe(text);
  });

  it.each([["no earlier figure", change(null, 5)], ["nothing now", change(5, null)], ["not compared", undefined]] as const)("%s → nothing said", (_w, c) => {
    expect(comparisonClause(indicator("TT01"), c, "năm 2023")).toBeNull();
  });

  it.each([
    ["2024-H1", "2024-Y", "6 tháng đầu năm 2024"],
    ["2023-Y", "2024-Y", "kỳ 2023-Y"],
    ["2024-Y", "2024-Y", "lần tổng hợp trước của cùng kỳ"],
  ])("the earlier period %s, seen from %s, is called %s", (previous, current, text) => {
    expect(previousPeriodText(defaultPlan, previous, current)).toBe(text);
  });
});

describe("section I: how the reporting went", () => {
  const reports = [
    single(form("X_A", { TT01: 1 }, { reportDate: "2024-12-09" })),
    single(form("X_B", { TT01: 1 }, { reportDate: "2024-12-13" })),
    single(form("P_LD", { TT01: 1 }, { errors: 2 })),
  ];
  const summary = consolidate(smallPlan, "2024-Y", "2024-12-20", reports);
  const body = buildReport(smallPlan, summary).body;
  const end = body.findIndex((b) => b.kind === "heading" && b.text.startsWith("II."));
  const section = body.slice(body.findIndex((b) => b.kind === "heading" && b.text.startsWith("I.")) + 1, end).map(textOf);

  it.each([
    ["the rates", "Tính đến ngày 20/12/2024 (hạn gửi báo cáo năm 2024 là ngày 10/12/2024), trong tổng số 5 đơn vị phải báo cáo, có 2 đơn vị đã gửi báo cáo hợp lệ, đạt tỷ lệ 40,0 %; trong đó 1 đơn vị gửi đúng hạn, tỷ lệ đúng hạn 20,0 %."],
    ["who is late, by how much", "1 đơn vị gửi báo cáo trễ hạn: Xã B (trễ 3 ngày)."],
    ["who sent nothing", "2 đơn vị chưa gửi báo cáo: Xã C và Phòng Y tế."],
    ["who sent an invalid form", "1 đơn vị gửi báo cáo còn lỗi, không hợp lệ (chưa được tổng hợp, đề nghị đơn vị sửa và gửi lại): Phòng Lao động (2 lỗi)."],
    ["the optional unit", "Đơn vị không bắt buộc báo cáo, chưa gửi: Mặt trận."],
  ])("says %s", (_what, sentence) => {
    expect(section).toContain(sentence);
  });

  it("all on time: one sentence says so", () => {
    const all = smallPlan.units.filter((u) => u.required).map((u) => single(form(u.code, { TT01: 1 })));
    const texts = buildReport(smallPlan, consolidate(smallPlan, "2024-Y", "2024-12-20", all)).body.map(textOf);
    expect(texts).toContain("Tất cả các đơn vị phải báo cáo đều đã gửi báo cáo hợp lệ, đúng hạn.");
  });
});

describe("section III: the narratives, grouped and attributed", () => {
  const summary: Pick<Summary, "narratives"> = {
    narratives: [
      { unit: "X_C", texts: { NX01: "Thiếu kinh phí.", NX02: "Đề nghị tập huấn" } },
      { unit: "X_A", texts: { NX01: "thiếu  kinh phí" } },
      { unit: "P_LD", texts: { NX01: "Địa bàn rộng\nđi lại khó" } },
      { unit: "X_B", texts: { NX01: "  " } },
    ],
  };
  it("the same point from several units is said once, naming them in roster order; more units first", () => {
    expect(narrativeGroups(smallPlan, summary as Summary, "NX01")).toEqual([
      { text: "thiếu kinh phí", units: ["Xã A", "Xã C"] },
      { text: "Địa bàn rộng đi lại khó", units: ["Phòng Lao động"] },
    ]);
    expect(narrativeGroups(smallPlan, summary as Summary, "NX02")).toEqual([{ text: "Đề nghị tập huấn", units: ["Xã C"] }]);
  });

  it("a section no unit wrote in says so, and leaves the officer's view to fill in", () => {
    const texts = buildReport(smallPlan, consolidate(smallPlan, "2024-Y", "2024-12-20", [])).body.map(textOf);
    expect(texts).toContain("Các đơn vị không nêu khó khăn, vướng mắc.");
    expect(texts).toContain("Ý kiến của cơ quan tổng hợp: …");
  });
});

describe("section II: the results, from the totals", () => {
  const summary = consolidate(smallPlan, "2024-Y", "2024-12-20", [
    single(form("X_A", { TT01: 10, BL02: 10, BL03: 9, KP01: 12.5 })),
    single(form("X_B", { TT01: 2, BL02: 10, BL03: 4, KP01: 1000 })),
  ]);
  const texts = buildReport(smallPlan, summary).body.map(textOf);
  it.each([
    ["a count with its unit", "Số buổi tuyên truyền: 12 buổi."],
    ["money, the Vietnamese way", "Tổng kinh phí: 1.012,5 triệu đồng."],
    ["a rate that misses its target", "Tỷ lệ nạn nhân được hỗ trợ đạt 65,0 %, thấp hơn mục tiêu năm 2025 là 80 %."],
  ])("%s", (_what, sentence) => {
    expect(texts).toContain(`${sentence}`);
  });

  it("counts the targets met", () => {
    expect(texts.find((t) => t.startsWith("Trong "))).toMatch(/^Trong \d+ chỉ tiêu có mục tiêu năm 2025 được đánh giá trên số liệu tổng hợp, \d+ chỉ tiêu đạt hoặc vượt mục tiêu, \d+ chỉ tiêu chưa đạt\.$/);
  });
});

describe("the subject line", () => {
  it.each([
    ["2024-Y", "Kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2024"],
    ["2024-H1", "Kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ 6 tháng đầu năm 2024"],
  ])("%s", (code, subject) => {
    expect(reportSubject(defaultPlan, defaultPlan.periods.find((p) => p.code === code)!)).toBe(subject);
  });
});
