import type { UnitStatusCode } from "../../../src/core/consolidate";
import { findPeriod, findUnit } from "../../../src/core/plan/queries";
import { unitStatus } from "../../../src/core/status";
import { form, smallPlan, type FormOptions } from "../consolidate/factory";

const period = findPeriod(smallPlan, "2024-Y")!; // due 2024-12-10

describe("unitStatus (due 10/12/2024)", () => {
  it.each<[string, string, string, FormOptions | null, UnitStatusCode, number, RegExp]>([
    ["on the due date is on time", "X_A", "2024-12-20", { reportDate: "2024-12-10" }, "on_time", 0, /Nộp ngày 10\/12\/2024, đúng hạn/],
    ["before the due date is on time", "X_A", "2024-12-20", { reportDate: "2024-12-01" }, "on_time", 0, /đúng hạn/],
    ["one day after is 1 day late", "X_A", "2024-12-20", { reportDate: "2024-12-11" }, "late", 1, /trễ 1 ngày/],
    ["a stamp at 23:59 on the due date (+07) is on time", "X_A", "2024-12-20", { finalizedAt: "2024-12-10T16:59:00Z" }, "on_time", 0, /đúng hạn/],
    ["a stamp at 00:30 the day after (+07) is 1 day late", "X_A", "2024-12-20", { finalizedAt: "2024-12-10T17:30:00Z" }, "late", 1, /trễ 1 ngày/],
    ["a week late", "X_A", "2024-12-20", { reportDate: "2024-12-17" }, "late", 7, /trễ 7 ngày/],
    ["a form with errors is invalid", "X_A", "2024-12-20", { reportDate: "2024-12-09", errors: 2 }, "invalid", 0, /có 2 lỗi, chưa được tổng hợp/],
    ["an invalid late form is invalid, not late", "X_A", "2024-12-20", { reportDate: "2024-12-15", errors: 1 }, "invalid", 0, /không hợp lệ/],
    ["received with no date is given the benefit of the doubt", "X_A", "2024-12-20", { reportDate: null }, "on_time", 0, /không xác định được ngày nộp/],
    ["nothing received after the due date is missing", "X_A", "2024-12-12", null, "missing", 0, /quá hạn 2 ngày/],
    ["nothing received on the due date is pending", "X_A", "2024-12-10", null, "pending", 0, /chưa đến hạn/],
    ["nothing received before the due date is pending", "X_A", "2024-12-01", null, "pending", 0, /chưa đến hạn \(hạn nộp 10\/12\/2024\)/],
    ["an optional unit with nothing is optional_missing", "MTTQ", "2024-12-20", null, "optional_missing", 0, /không bắt buộc/],
    ["an optional unit that reported is judged like anyone", "MTTQ", "2024-12-20", { reportDate: "2024-12-12" }, "late", 2, /trễ 2 ngày/],
  ])("%s", (_name, unitCode, asOf, opts, status, daysLate, reason) => {
    const unit = findUnit(smallPlan, unitCode)!;
    const winner = opts === null ? null : form(unitCode, {}, opts);
    const s = unitStatus({ unit, period, asOf, winner });
    expect(s.status).toBe(status);
    expect(s.daysLate).toBe(daysLate);
    expect(s.reason).toMatch(reason);
    expect(s.file).toBe(winner ? winner.submission.file : null);
  });

  it("carries the submitted date and its source from the winner", () => {
    const s = unitStatus({
      unit: findUnit(smallPlan, "X_B")!,
      period,
      asOf: "2024-12-20",
      winner: form("X_B", {}, { finalizedAt: "2024-12-09T10:00:00+07:00", reportDate: "2024-12-01" }),
    });
    expect([s.submittedAt, s.dateSource]).toEqual(["2024-12-09", "finalize"]);
  });

  it("says an invalid form was consolidated when includeInvalid", () => {
    const s = unitStatus({ unit: findUnit(smallPlan, "X_B")!, period, asOf: "2024-12-20", winner: form("X_B", {}, { errors: 1 }), includeInvalid: true });
    expect(s.status).toBe("invalid");
    expect(s.reason).toMatch(/vẫn được tổng hợp/);
  });
});
