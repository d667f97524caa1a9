import { submissionMoment } from "../../../src/core/status";
import { form } from "../consolidate/factory";

describe("submissionMoment: first of finalize stamp, report date, file time (docs/domain.md §2.3)", () => {
  it.each([
    ["finalize stamp wins", { finalizedAt: "2024-12-09T15:30:00+07:00", reportDate: "2024-12-01", fileTime: "2024-12-11T01:00:00Z" }, { at: "2024-12-09T15:30:00+07:00", date: "2024-12-09", source: "finalize" }],
    ["UTC stamp is read as a Hồ Chí Minh day (23:30Z = next day 06:30)", { finalizedAt: "2024-12-10T23:30:00Z", reportDate: null }, { at: "2024-12-11T06:30:00+07:00", date: "2024-12-11", source: "finalize" }],
    ["report date when no stamp", { reportDate: "2024-12-10", fileTime: "2024-12-12T08:00:00+07:00" }, { at: "2024-12-10T00:00:00+07:00", date: "2024-12-10", source: "report_date" }],
    ["file time when nothing else", { reportDate: null, fileTime: "2024-12-12T20:00:00Z" }, { at: "2024-12-13T03:00:00+07:00", date: "2024-12-13", source: "file_time" }],
    ["unparsable stamp falls through", { finalizedAt: "hôm qua", reportDate: "2024-12-08" }, { at: "2024-12-08T00:00:00+07:00", date: "2024-12-08", source: "report_date" }],
    ["impossible report date falls through", { reportDate: "2024-02-30", fileTime: "2024-03-01T09:00:00+07:00" }, { at: "2024-03-01T09:00:00+07:00", date: "2024-03-01", source: "file_time" }],
  ])("%s", (_name, opts, expected) => {
    expect(submissionMoment(form("X_A", {}, opts).submission)).toEqual(expected);
  });

  it("is null when the form carries no date at all", () => {
    expect(submissionMoment(form("X_A", {}, { reportDate: null }).submission)).toBeNull();
  });
});
