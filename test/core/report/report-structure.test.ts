// The report's structure (docs/contract.md §4.4): heading, the four sections in order, the plan's
// sections under II, the charts where they belong, the closing — not its words.
import { consolidate } from "../../../src/core/consolidate";
import { defaultPlan, PlanSchema } from "../../../src/core/plan";
import { buildReport, chartList, FILL_IN, reportCharts, type ReportBlock } from "../../../src/core/report";
import { form, single } from "../consolidate/factory";

const outline = (blocks: readonly ReportBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === "heading" ? [`h${b.level} ${b.text}`] : b.kind === "chart" ? [`chart ${b.chart.id}`] : []));

const reports = [
  single(form("X_VINH_THAI", { TT01: 3, BL02: 7, "BL02.NU": 5, "BL02.TE": 1, "BL02.CT": 1, BL03: 6, NX01: "Thiếu kinh phí" })),
  single(form("X_VINH_TU", { TT01: 2, BL02: 2, "BL02.NU": 2, "BL02.TE": 0, "BL02.CT": 0, BL03: 2 })),
  single(form("P_YTE", { TT01: 4, CL04: 900, "CL04.NU": 430 }, { reportDate: "2024-12-12" })),
];
const yearSummary = consolidate(defaultPlan, "2024-Y", "2024-12-12", reports);
const year = buildReport(defaultPlan, yearSummary);

describe("the district report for 2024", () => {
  it("has its heading and closing from the plan, with what the officer fills in left visible", () => {
    expect({ ...year, body: undefined }).toEqual({
      issuer: "UBND HUYỆN VĨNH LINH",
      number: "Số: …/BC-…",
      placeDate: "Vĩnh Linh, ngày … tháng … năm …",
      title: "BÁO CÁO",
      subject: "Kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2024",
      addressee: FILL_IN,
      body: undefined,
      recipients: ["- Như trên;", "- …;", "- Lưu: VT, …."],
      signature: { authority: "TM. ỦY BAN NHÂN DÂN", position: FILL_IN, name: FILL_IN },
      meta: { plan: defaultPlan.id, period: "2024-Y", asOf: "2024-12-12" },
    });
  });

  it("shows in the pane's \"Biểu đồ\" the very charts of the report, in its order and numbering", () => {
    const inReport = year.body.flatMap((b) => (b.kind === "chart" ? [b.chart] : []));
    const period = defaultPlan.periods.find((p) => p.code === "2024-Y")!;
    expect(inReport.length).toBeGreaterThanOrEqual(3);
    expect(chartList(reportCharts(defaultPlan, yearSummary, period))).toEqual(inReport);
    expect(inReport.map((c) => c.caption.slice(0, 10))).toEqual(inReport.map((_, i) => `Biểu đồ ${i + 1}.`));
  });

  it("has the four sections, the plan's sections under II, and the charts where they belong", () => {
    expect(outline(year.body)).toEqual([
      "h1 I. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO",
      "chart reporting_status",
      "h1 II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
      "chart targets",
      "h2 1. Tuyên truyền, nâng cao nhận thức",
      "h2 2. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
      "chart victims",
      "chart victims_by_unit",
      "h2 3. Nâng cao năng lực quản lý nhà nước",
      "h2 4. Tháng hành động vì bình đẳng giới (15/11 - 15/12)",
      "h2 5. Chỉ tiêu Chiến lược quốc gia về bình đẳng giới theo ngành",
      "h2 6. Kinh phí thực hiện",
      "h1 III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ",
      "h2 1. Khó khăn, vướng mắc",
      "h2 2. Đề xuất, kiến nghị",
      "h1 IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
    ]);
  });

  it("numbers its charts in the order they come", () => {
    const captions = year.body.flatMap((b) => (b.kind === "chart" ? [b.chart.caption] : []));
    expect(captions.map((c) => c.split(".")[0])).toEqual(["Biểu đồ 1", "Biểu đồ 2", "Biểu đồ 3", "Biểu đồ 4"]);
  });

  it("tells each row that is not a 'Trong đó' row in one sentence of its section", () => {
    const first = year.body.findIndex((b) => b.kind === "heading" && b.text.startsWith("1. Tuyên"));
    const next = year.body.findIndex((b, i) => i > first && b.kind === "heading");
    const rows = defaultPlan.indicators.filter((i) => i.section === "I" && !i.parent);
    expect(year.body.slice(first + 1, next).map((b) => b.kind)).toEqual(rows.map(() => "item"));
  });

  it("ends with the closing sentence", () => {
    const last = year.body[year.body.length - 1];
    expect(last).toEqual({ kind: "paragraph", runs: [{ text: "Trên đây là báo cáo kết quả thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2024./." }] });
  });
});

describe("other plans and periods", () => {
  it("the half year has no Tháng hành động section", () => {
    const half = buildReport(defaultPlan, consolidate(defaultPlan, "2024-H1", "2024-06-10", []));
    expect(outline(half.body).filter((h) => h.startsWith("h2")).some((h) => h.includes("Tháng hành động"))).toBe(false);
  });

  it("no data: no chart that would be empty, and every total 'chưa có số liệu'", () => {
    const empty = buildReport(defaultPlan, consolidate(defaultPlan, "2024-Y", "2024-12-12", []));
    expect(outline(empty.body).filter((o) => o.startsWith("chart"))).toEqual(["chart reporting_status"]);
    expect(empty.body.some((b) => b.kind === "item" && b.runs[0].text.endsWith(": chưa có số liệu."))).toBe(true);
  });

  it("a summary split for one recipient is addressed to it, and the recipients' list says 'Như trên'", () => {
    const plan = PlanSchema.parse({
      ...defaultPlan,
      issuer: "UBND TỈNH QUẢNG TRỊ",
      recipients: [{ code: "S_NOIVU", name: "Sở Nội vụ" }, { code: "S_VH", name: "Sở Văn hóa, Thể thao và Du lịch" }],
      indicators: defaultPlan.indicators.map((i) => ({ ...i, recipient: i.code.startsWith("BL") ? "S_VH" : "S_NOIVU" })),
    });
    const split = buildReport(plan, consolidate(plan, "2024-Y", "2024-12-12", [], { recipient: "S_VH" }));
    expect(split.addressee).toBe("Sở Văn hóa, Thể thao và Du lịch");
    expect(split.recipients).toEqual(["- Như trên;", "- Lưu: VT, …."]);
    expect(outline(split.body).filter((h) => h.startsWith("h2 ") && /^h2 \d\. /.test(h)).slice(0, 1)).toEqual(["h2 1. Phòng ngừa, ứng phó với bạo lực trên cơ sở giới"]);
    const whole = buildReport(plan, consolidate(plan, "2024-Y", "2024-12-12", []));
    expect(whole.recipients).toEqual(["- Như trên;", "- Sở Nội vụ;", "- Sở Văn hóa, Thể thao và Du lịch;", "- Lưu: VT, …."]);
  });
});
