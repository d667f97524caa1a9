import { dateSubmission, submissionMoment } from "../../../src/core/status";
import { form } from "../consolidate/factory";

describe("submissionMoment: first of finalize stamp, report date, file time (docs/domain.md §2.3)", () => {
  it.each([
    ["finalize stamp wins", { finalizedAt: "2024-12-09T15:30:00+07:00", reportDate: "2024-12-01", fileTime: "2024-12-11T01:00:00Z" }, { at: "2024-12-09T15:30:00+07:00", date: "2024-12-09", source: "finalize" }],
    ["UTC stamp is read as a Hồ Chí Minh day (23:30Z = next day 06:30)", { finalizedAt: "2024-12-10T23:30:00Z", reportDate: null }, { at: "2024-12-11T06:30:00+07:00", date: "2024-12-11", source: "finalize" }],
    ["report date when no stamp", { reportDate: "2024-12-10", fileTime: "2024-12-12T08:00:00+07:00" }, { at: "2024-12-10T00:00:00+07:00", date: "2024-12-10", source: "report_date" }],
    ["file time when nothing else", { reportDate: null, fileTime: "2024-12-12T20:00:00Z" }, { at: "2024-12-13T03:00:00+07:00", date: "2024-12-13", source: "file_time" }],
    ["the register's receipt beats the file time", { reportDate: null, receivedAt: "2024-12-09T08:00:00+07:00", fileTime: "2026-12-01T08:00:00+07:00" }, { at: "2024-12-09T08:00:00+07:00", date: "2024-12-09", source: "received" }],
    ["a report date beats the register's receipt", { reportDate: "2024-12-08", receivedAt: "2024-12-09T08:00:00+07:00" }, { at: "2024-12-08T00:00:00+07:00", date: "2024-12-08", source: "report_date" }],
    ["unparsable stamp falls through", { finalizedAt: "hôm qua", reportDate: "2024-12-08" }, { at: "2024-12-08T00:00:00+07:00", date: "2024-12-08", source: "report_date" }],
    ["impossible report date falls through", { reportDate: "2024-02-30", fileTime: "2024-03-01T09:00:00+07:00" }, { at: "2024-03-01T09:00:00+07:00", date: "2024-03-01", source: "file_time" }],
  ])("%s", (_name, opts, expected) => {
    expect(submissionMoment(form("X_A", {}, opts).submission)).toEqual(expected);
  });

  it("is null when the form carries no date at all", () => {
    expect(submissionMoment(form("X_A", {}, { reportDate: null }).submission)).toBeNull();
  });
});

describe("dateSubmission: a date that cannot be true is not believed (docs/contract.md §4.1)", () => {
  const days = { from: "2023-12-15", to: "2024-12-12" };
  it.each<[string, Parameters<typeof form>[2], string | null, string | null]>([
    ["a date inside the period is believed", { reportDate: "2024-12-09" }, "2024-12-09", null],
    ["the first day of the data is believed", { reportDate: "2023-12-15" }, "2023-12-15", null],
    ["the as-of day itself is believed", { reportDate: "2024-12-12" }, "2024-12-12", null],
    ["a typo year before the period is not", { reportDate: "2014-12-09" }, null, "2014-12-09"],
    ["a day after the as-of day is not", { reportDate: "2024-12-13" }, null, "2024-12-13"],
    ["a copied file's time after the as-of day is not", { reportDate: null, fileTime: "2026-12-01T09:00:00+07:00" }, null, "2026-12-01"],
    ["an implausible report date is not replaced by the file's time", { reportDate: "2042-12-09", fileTime: "2024-12-09T09:00:00+07:00" }, null, "2042-12-09"],
    ["no date at all is simply unknown", { reportDate: null }, null, null],
  ])("%s", (_name, opts, believed, implausible) => {
    const dating = dateSubmission(form("X_A", {}, opts).submission, days);
    expect(dating.moment?.date ?? null).toBe(believed);
    expect(dating.implausible?.date ?? null).toBe(implausible);
  });
});
