import type { CellValue } from "../../../src/core/grid";
import { readIsoDate, readIsoDateTime } from "../../../src/core/read";
import { isoDateToExcelSerial } from "../../../src/core/time";

describe("readIsoDate (Ngày báo cáo, _meta report_date)", () => {
  it.each<[string, CellValue, string | null | "bad"]>([
    ["blank", null, null],
    ["empty text", " ", null],
    ["Excel serial", isoDateToExcelSerial("2024-12-09"), "2024-12-09"],
    ["Excel serial with a time fraction", isoDateToExcelSerial("2024-12-09") + 0.75, "2024-12-09"],
    ["ISO text", "2024-12-09", "2024-12-09"],
    ["ISO date-time text", "2024-12-09T10:00:00+07:00", "2024-12-09"],
    ["dd/mm/yyyy", "09/12/2024", "2024-12-09"],
    ["d/m/yyyy", "9/6/2024", "2024-06-09"],
    ["dd-mm-yyyy", "09-12-2024", "2024-12-09"],
    ["dd.mm.yyyy", "09.12.2024", "2024-12-09"],
    ["impossible day", "31/02/2024", "bad"],
    ["American order that is not a date", "12/31/2024", "bad"],
    ["words", "ngày 9 tháng 12", "bad"],
    ["a small count typed in the date cell", 5, "bad"],
    ["boolean", true, "bad"],
    ["Excel error", { error: "#VALUE!" }, "bad"],
  ])("%s", (_what, raw, expected) => {
    const read = readIsoDate(raw);
    if (expected === "bad") expect(read.ok).toBe(false);
    else expect(read).toEqual({ ok: true, value: expected });
  });
});

describe("readIsoDateTime (_meta submitted_at)", () => {
  it.each<[string, CellValue, string | null | "bad"]>([
    ["blank", "", null],
    ["ISO in +07:00 kept", "2024-12-09T15:30:00+07:00", "2024-12-09T15:30:00+07:00"],
    ["UTC converted to +07:00", "2024-12-09T20:00:00Z", "2024-12-10T03:00:00+07:00"],
    ["no offset is Vietnam wall clock", "2024-12-09T08:05", "2024-12-09T08:05:00+07:00"],
    ["Excel serial with time is Vietnam wall clock", isoDateToExcelSerial("2024-12-09") + 0.5, "2024-12-09T12:00:00+07:00"],
    ["bare date is midnight", "2024-12-09", "2024-12-09T00:00:00+07:00"],
    ["dd/mm/yyyy is midnight", "09/12/2024", "2024-12-09T00:00:00+07:00"],
    ["garbage", "hôm qua", "bad"],
    ["impossible date", "2024-13-40T10:00:00+07:00", "bad"],
  ])("%s", (_what, raw, expected) => {
    const read = readIsoDateTime(raw);
    if (expected === "bad") expect(read.ok).toBe(false);
    else expect(read).toEqual({ ok: true, value: expected });
  });
});
