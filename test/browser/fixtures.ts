// Real .xlsx forms for the browser tests, written by the product's own writer (buildForm +
// withValues + writeWorkbook), named for what they should produce.
import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withValues, type FormValue } from "../../src/core/form";
import { writeWorkbook } from "../../src/xlsx/write";
import { formOf, validValues } from "../usecases/form-values";

export async function writeForm(dir: string, name: string, unit: string, period: string, reportDate: string, overrides: Record<string, FormValue> = {}) {
  const form = formOf(unit, period);
  const bytes = await writeWorkbook(withValues(form, { ...validValues(form), ...overrides }, reportDate));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return { file, form };
}

/** A commune's annual form with exactly two errors: Nữ (15) above Tổng số (12), and a negative count. */
export function twoErrorsForm(dir: string) {
  return writeForm(dir, "vinh-thai-2-loi.xlsx", "X_VINH_THAI", "2024-Y", "2024-12-09", { BL02: 12, "BL02.NU": 15, TT01: -1 });
}

/** An inbox for 2024-Y as of 15/12/2024: on time, late by 3 days, invalid, and a file that is not a workbook. */
export async function inbox(dir: string): Promise<string[]> {
  const files = [
    (await writeForm(dir, "vinh-thai-dung-han.xlsx", "X_VINH_THAI", "2024-Y", "2024-12-09")).file,
    (await writeForm(dir, "vinh-ha-tre-3-ngay.xlsx", "X_VINH_HA", "2024-Y", "2024-12-13")).file,
    (await writeForm(dir, "phong-y-te-dung-han.xlsx", "P_YTE", "2024-Y", "2024-12-10")).file,
    (await writeForm(dir, "vinh-long-co-loi.xlsx", "X_VINH_LONG", "2024-Y", "2024-12-08", { TT02: 10, "TT02.NU": 11 })).file,
  ];
  const broken = path.join(dir, "khong-doc-duoc.xlsx");
  writeFileSync(broken, "đây không phải tệp Excel");
  return [...files, broken];
}

/**
 * A messy inbox for 2024-Y as of 15/12/2024 (docs/contract.md §4.1): an untouched template of
 * X_VINH_SON, a corrected re-send of X_VINH_TU saved as "(1)" with the same report date (the re-send
 * must win, with a same_date_conflict alert), and a scanned letter that is not a spreadsheet.
 */
export async function messyInbox(dir: string): Promise<string[]> {
  const blank = formOf("X_VINH_SON", "2024-Y");
  mkdirSync(dir, { recursive: true });
  const template = path.join(dir, "X_VINH_SON_2024-Y.xlsx");
  writeFileSync(template, await writeWorkbook(withValues(blank, {})));
  const original = (await writeForm(dir, "X_VINH_TU_2024-Y.xlsx", "X_VINH_TU", "2024-Y", "2024-12-09", { TT01: 10 })).file;
  const resend = (await writeForm(dir, "X_VINH_TU_2024-Y (1).xlsx", "X_VINH_TU", "2024-Y", "2024-12-09", { TT01: 12 })).file;
  utimesSync(original, new Date("2024-12-09T08:00:00+07:00"), new Date("2024-12-09T08:00:00+07:00"));
  utimesSync(resend, new Date("2024-12-09T15:00:00+07:00"), new Date("2024-12-09T15:00:00+07:00"));
  const scan = path.join(dir, "cong-van-scan.pdf");
  writeFileSync(scan, "%PDF-1.4");
  return [template, original, resend, scan];
}
