// Which submission counts (docs/contract.md §4.1): a table of tie cases, the `_meta` sheet against
// its copies, blank, sample and own files, the alerts, and a property: blank, sample and duplicate
// files added to an inbox change no status and no total.
import { consolidate, type FileOutcomeCode, type Summary } from "../../../src/core/consolidate";
import type { FileReport } from "../../../src/core/read";
import { mulberry32, pick, randomInt, shuffled } from "../../hostile/kit/prng";
import { book, form, ownOutput, single, smallPlan, type FormOptions } from "./factory";

const AS_OF = "2024-12-20";
const run = (reports: FileReport[]) => consolidate(smallPlan, "2024-Y", AS_OF, reports);
const outcomes = (s: Summary) => Object.fromEntries(s.files.map((f) => [f.file, f.outcome]));
const unitOf = (s: Summary, code: string) => s.units.find((u) => u.unit === code)!;
const reasonOf = (s: Summary, file: string) => s.files.find((f) => f.file === file)!.reason ?? "";

type Side = FormOptions & { values?: Record<string, number> };
const A_VALUES = { TT01: 1 };
const B_VALUES = { TT01: 2 };

describe("two submissions of one unit", () => {
  it.each<[string, Side, Side, string, FileOutcomeCode, RegExp | null]>([
    ["a later day wins", { reportDate: "2024-12-05" }, { reportDate: "2024-12-09" }, "b.xlsx", "superseded", null],
    ["an earlier day loses even if its file is newer", { reportDate: "2024-12-09", fileTime: "2024-12-01T08:00:00+07:00" }, { reportDate: "2024-12-05", fileTime: "2024-12-19T08:00:00+07:00" }, "a.xlsx", "superseded", null],
    ["same day: the later file time wins", { fileTime: "2024-12-09T08:00:00+07:00" }, { fileTime: "2024-12-09T15:00:00+07:00" }, "b.xlsx", "superseded", /same_date_conflict/],
    ["same day: the register decides before the file time", { receivedAt: "2024-12-09T16:00:00+07:00", fileTime: "2024-12-09T08:00:00+07:00" }, { receivedAt: "2024-12-09T10:00:00+07:00", fileTime: "2024-12-09T15:00:00+07:00" }, "a.xlsx", "superseded", /same_date_conflict/],
    ["same day, nothing tells them apart: the name keeps runs stable", {}, {}, "b.xlsx", "superseded", /same_date_conflict/],
    ["no report dates: the file's time is the date, the later day wins", { reportDate: null, fileTime: "2024-12-09T08:00:00+07:00" }, { reportDate: null, fileTime: "2024-12-08T08:00:00+07:00" }, "a.xlsx", "superseded", null],
    ["no date at all: the later file name keeps runs stable, with an alert", { reportDate: null }, { reportDate: null }, "b.xlsx", "superseded", /same_date_conflict/],
    ["a finalized form against a report date of an earlier day", { finalizedAt: "2024-12-09T10:00:00+07:00" }, { reportDate: "2024-12-08" }, "a.xlsx", "superseded", null],
    ["an implausible date does not win", { reportDate: "2042-12-09" }, { reportDate: "2024-12-09" }, "b.xlsx", "superseded", /implausible_date/],
  ])("%s", (_name, a, b, used, otherOutcome, alert) => {
    const s = run([
      single(form("X_A", a.values ?? A_VALUES, { ...a, file: "a.xlsx" })),
      single(form("X_A", b.values ?? B_VALUES, { ...b, file: "b.xlsx" })),
    ]);
    const other = used === "a.xlsx" ? "b.xlsx" : "a.xlsx";
    expect(outcomes(s)).toEqual({ [used]: "used", [other]: otherOutcome });
    expect(s.totals.TT01).toBe(used === "a.xlsx" ? 1 : 2);
    const unit = unitOf(s, "X_A");
    expect(unit.file).toBe(used);
    expect(unit.alerts.map((x) => x.rule).join(",")).toMatch(alert ?? /^$/);
  });

  it("a corrected re-send saved as “(1)” with the same report date wins over the original, and nobody is called newer", () => {
    const original = form("X_A", { TT01: 5 }, { file: "X_A_2024-Y.xlsx", fileTime: "2024-12-09T08:00:00+07:00" });
    const resend = form("X_A", { TT01: 6 }, { file: "X_A_2024-Y (1).xlsx", fileTime: "2024-12-09T09:30:00+07:00" });
    const s = run([single(original), single(resend)]);
    expect(outcomes(s)).toEqual({ "X_A_2024-Y.xlsx": "superseded", "X_A_2024-Y (1).xlsx": "used" });
    expect(reasonOf(s, "X_A_2024-Y.xlsx")).toMatch(/^Cùng ngày nộp \(09\/12\/2024\) với “X_A_2024-Y \(1\)\.xlsx” nhưng số liệu khác; .* nhận sau, theo thời gian sửa tệp/);
    expect(JSON.stringify(s)).not.toMatch(/mới hơn/);
    const [alert] = unitOf(s, "X_A").alerts;
    expect(alert).toMatchObject({ rule: "same_date_conflict", files: ["X_A_2024-Y (1).xlsx", "X_A_2024-Y.xlsx"] });
    expect(alert.message).toMatch(/2 bản số liệu khác nhau cùng ngày nộp 09\/12\/2024/);
  });

  it("the same content sent twice is one submission, dated by its first arrival", () => {
    const first = form("X_A", { TT01: 5 }, { file: "lan-1.xlsx", reportDate: "2024-12-09" });
    const again = form("X_A", { TT01: 5 }, { file: "lan-2.xlsx", reportDate: "2024-12-15" });
    const s = run([single(again), single(first)]);
    expect(outcomes(s)).toEqual({ "lan-1.xlsx": "used", "lan-2.xlsx": "duplicate" });
    expect(unitOf(s, "X_A")).toMatchObject({ status: "on_time", submittedAt: "2024-12-09", alerts: [] });
    expect(reasonOf(s, "lan-2.xlsx")).toMatch(/Trùng số liệu với “lan-1\.xlsx”/);
  });

  it("the same content on the same day raises no alert", () => {
    const s = run([single(form("X_A", { TT01: 5 }, { file: "a.xlsx" })), single(form("X_A", { TT01: 5 }, { file: "sao/a.xlsx" }))]);
    expect(Object.values(outcomes(s)).sort()).toEqual(["duplicate", "used"]);
    expect(unitOf(s, "X_A").alerts).toEqual([]);
  });

  it("two mistakes in the same cell are not the same content", () => {
    const bad = (file: string, text: string) => {
      const f = form("X_A", { TT01: null }, { file, errors: 1 });
      f.submission.values = { TT01: { code: "TT01", raw: text, cell: "BaoCao!E10" } };
      return single(f);
    };
    const s = run([bad("a.xlsx", "mười"), bad("b.xlsx", "hai mươi")]);
    expect(Object.values(outcomes(s)).sort()).toEqual(["invalid", "superseded"]);
  });
});

describe("the _meta sheet beats its copies in one workbook", () => {
  const metaSheet = form("X_A", { TT01: 5 }, { file: "so.xlsx#BaoCao", sheet: "BaoCao" });
  it.each<[string, Record<string, number>, FileOutcomeCode]>([
    ["a copy with scratch numbers is superseded", { TT01: 999 }, "superseded"],
    ["an identical copy is a duplicate", { TT01: 5 }, "duplicate"],
  ])("%s", (_name, values, outcome) => {
    const copy = form("X_A", values, { file: "so.xlsx#BaoCao (2)", sheet: "BaoCao (2)", identifiedBy: "header", fileTime: "2024-12-19T08:00:00+07:00" });
    const s = run([book([metaSheet, copy], "so.xlsx")]);
    expect(outcomes(s)).toEqual({ "so.xlsx#BaoCao": "used", "so.xlsx#BaoCao (2)": outcome });
    expect(s.totals.TT01).toBe(5);
    expect(reasonOf(s, "so.xlsx#BaoCao (2)")).toMatch(/trang “BaoCao” trong cùng tệp/);
  });

  it("copies of other units in the same book are their units' submissions", () => {
    const other = form("X_B", { TT01: 7 }, { file: "so.xlsx#Xa B", sheet: "Xa B", identifiedBy: "header" });
    const s = run([book([metaSheet, other], "so.xlsx")]);
    expect(outcomes(s)).toEqual({ "so.xlsx#BaoCao": "used", "so.xlsx#Xa B": "used" });
  });
});

describe("files that never count", () => {
  it("a blank template never counts and never supersedes, even with the newest date", () => {
    const s = run([
      single(form("X_A", { TT01: 5 }, { file: "hop-thu/X_A.xlsx", reportDate: "2024-12-05" })),
      single(form("X_A", {}, { file: "bieu-mau/X_A.xlsx", blank: true, reportDate: null, fileTime: "2024-12-19T08:00:00+07:00" })),
      single(form("X_B", {}, { file: "bieu-mau/X_B.xlsx", blank: true, reportDate: null, fileTime: "2024-12-19T08:00:00+07:00" })),
    ]);
    expect(outcomes(s)).toEqual({ "hop-thu/X_A.xlsx": "used", "bieu-mau/X_A.xlsx": "blank", "bieu-mau/X_B.xlsx": "blank" });
    expect(unitOf(s, "X_A").status).toBe("on_time");
    expect(unitOf(s, "X_B")).toMatchObject({ status: "missing", file: null });
    expect(unitOf(s, "X_B").reason).toMatch(/Chưa nộp báo cáo; .*Không tính: tệp “bieu-mau\/X_B\.xlsx” chỉ là biểu mẫu trống/);
  });

  it("a demo form beside real ones never counts, and its unit's reason names it", () => {
    const s = run([
      single(form("X_A", { TT01: 5 }, { file: "X_A.xlsx" })),
      single(form("X_B", { TT01: 500 }, { file: "bdg-demo/X_B.xlsx", sample: true })),
      single(form("X_A", { TT01: 500 }, { file: "bdg-demo/X_A.xlsx", sample: true, reportDate: "2024-12-10" })),
    ]);
    expect(outcomes(s)).toEqual({ "X_A.xlsx": "used", "bdg-demo/X_B.xlsx": "sample", "bdg-demo/X_A.xlsx": "sample" });
    expect(s.totals.TT01).toBe(5);
    expect(unitOf(s, "X_B").reason).toMatch(/dữ liệu mẫu của bdg demo/);
  });

  it("a run of samples only (the demo itself) counts them", () => {
    const s = run([single(form("X_A", { TT01: 5 }, { sample: true })), single(form("X_B", { TT01: 7 }, { sample: true }))]);
    expect(Object.values(outcomes(s))).toEqual(["used", "used"]);
    expect(s.totals.TT01).toBe(12);
  });

  it("a summary bdg wrote is skipped and the run goes on", () => {
    const s = run([ownOutput("hop-thu/tong-hop.xlsx"), single(form("X_A", { TT01: 5 }))]);
    expect(outcomes(s)).toEqual({ "hop-thu/tong-hop.xlsx": "own_output", "X_A.xlsx": "used" });
    expect(reasonOf(s, "hop-thu/tong-hop.xlsx")).toMatch(/Bảng tổng hợp do bdg tạo ra/);
  });
});

describe("a date that cannot be true", () => {
  it.each<[string, FormOptions, RegExp]>([
    ["a typo year", { reportDate: "2014-12-09" }, /trước ngày bắt đầu kỳ số liệu \(15\/12\/2023\)/],
    ["a day after the as-of day", { reportDate: "2024-12-25" }, /sau ngày tính đến \(20\/12\/2024\)/],
  ])("%s: on time, date unknown, with an alert naming the date and the file", (_name, opts, bound) => {
    const s = run([single(form("X_A", { TT01: 5 }, { ...opts, file: "x.xlsx" }))]);
    const unit = unitOf(s, "X_A");
    expect(unit).toMatchObject({ status: "on_time", daysLate: 0, submittedAt: null, dateSource: null });
    expect(unit.reason).toMatch(/không thể đúng nên không xác định được ngày nộp, coi là đúng hạn/);
    expect(unit.alerts).toEqual([{ rule: "implausible_date", files: ["x.xlsx"], message: expect.stringMatching(bound) }]);
  });
});

describe("property: blank, sample and duplicate files change no status and no total", () => {
  const UNITS = ["X_A", "X_B", "X_C", "P_LD", "P_YT", "MTTQ"];
  const DAYS = ["2024-12-01", "2024-12-09", "2024-12-10", "2024-12-11", "2024-12-15", null];

  function inbox(random: () => number): FileReport[] {
    const reports: FileReport[] = [];
    for (const [i, unit] of UNITS.entries()) {
      const copies = randomInt(random, 3); // 0, 1 or 2 real submissions
      for (let k = 0; k < copies; k++) {
        reports.push(
          single(
            form(unit, { TT01: randomInt(random, 50), KP01: randomInt(random, 9) }, {
              file: `hop-thu/${unit}-${k}.xlsx`,
              reportDate: pick(random, DAYS),
              fileTime: `2024-12-${String(10 + i + k).padStart(2, "0")}T08:00:00+07:00`,
              errors: random() < 0.15 ? 1 : 0,
            }),
          ),
        );
      }
    }
    if (reports.length === 0) reports.push(single(form("X_A", { TT01: 1 })));
    return reports;
  }

  /** What a clerk may find beside the inbox: templates, demo forms, copies of the files that count. */
  function additions(random: () => number, base: FileReport[], used: ReadonlySet<string>): FileReport[] {
    const extra: FileReport[] = [];
    const count = 1 + randomInt(random, 12);
    for (let n = 0; n < count; n++) {
      const kind = randomInt(random, 3);
      const fileTime = `2024-12-${String(10 + randomInt(random, 10)).padStart(2, "0")}T23:00:00+07:00`;
      if (kind === 0) extra.push(single(form(pick(random, UNITS), {}, { file: `bieu-mau/${n}.xlsx`, blank: true, reportDate: pick(random, DAYS), fileTime })));
      else if (kind === 1) extra.push(single(form(pick(random, UNITS), { TT01: 999 }, { file: `bdg-demo/${n}.xlsx`, sample: true, reportDate: pick(random, DAYS), fileTime })));
      else {
        const originals = base.filter((r) => r.kind === "forms" && used.has(r.forms[0].submission.file));
        if (originals.length === 0) continue;
        const original = pick(random, originals);
        if (original.kind !== "forms") continue;
        const f = original.forms[0];
        // A copy made later: same bytes (so same dates inside), a later file time.
        const later = (f.submission.fileTime ?? "") < fileTime ? fileTime : f.submission.fileTime;
        extra.push(single({ ...f, submission: { ...f.submission, file: `sao-chep/${n}-${f.submission.file}`, fileTime: later } }));
      }
    }
    return extra;
  }

  const verdict = (s: Summary) => ({ units: s.units.map((u) => [u.unit, u.status, u.daysLate, u.submittedAt]), totals: s.totals, rates: [s.reportingRate, s.onTimeRate] });

  it.each(Array.from({ length: 60 }, (_, i) => [20241212 + i]))("seed %i", (seed) => {
    const random = mulberry32(seed);
    const base = inbox(random);
    const before = run(base);
    const used = new Set(before.files.filter((f) => f.outcome === "used" || f.outcome === "invalid").map((f) => f.file));
    const after = run(shuffled(random, [...base, ...additions(random, base, used)]));
    expect(verdict(after)).toEqual(verdict(before));
  });
});
