// Excel data validation on input cells: a typing aid for people without the add-in.
// The core's rules stay the truth (a paste skips Excel validation). Text is Vietnamese.
import type { Indicator } from "../plan/schema";
import type { ValidationModel } from "../sheet/sheet-model";
import { formatNumberVi } from "../text/number-format";
import { isoDateToExcelSerial } from "../time/calendar";
import { DEFAULT_TEXT_MAX_LENGTH } from "./layout";

const ERROR_TITLE = "Số liệu không hợp lệ";

export const countValidation: ValidationModel = {
  kind: "wholeNumber",
  min: 0,
  errorTitle: ERROR_TITLE,
  errorMessage: "Nhập số nguyên không âm (nhập 0 nếu không có, không để trống).",
  promptTitle: "Số nguyên ≥ 0",
  prompt: "Nhập 0 nếu không có phát sinh; để trống là chưa báo cáo.",
};

export const moneyValidation: ValidationModel = {
  kind: "decimal",
  min: 0,
  errorTitle: ERROR_TITLE,
  errorMessage: "Nhập số tiền không âm, đơn vị triệu đồng, tối đa 3 chữ số thập phân.",
  promptTitle: "Triệu đồng",
  prompt: "Số không âm, tối đa 3 chữ số thập phân; nhập 0 nếu không có.",
};

export const yesNoValidation: ValidationModel = {
  kind: "list",
  list: ["Có", "Không"],
  errorTitle: ERROR_TITLE,
  errorMessage: "Chọn «Có» hoặc «Không».",
  promptTitle: "Có / Không",
  prompt: "Chọn «Có» hoặc «Không» trong danh sách.",
};

export function textValidation(maxLength: number = DEFAULT_TEXT_MAX_LENGTH): ValidationModel {
  const max = formatNumberVi(maxLength);
  return {
    kind: "textLength",
    max: maxLength,
    errorTitle: "Nội dung quá dài",
    errorMessage: `Nội dung tối đa ${max} ký tự.`,
    promptTitle: "Nội dung",
    prompt: `Tối đa ${max} ký tự.`,
  };
}

/**
 * The report date is an Excel date serial shown dd/mm/yyyy. A "decimal between" check keeps
 * the sheet-model's four validation kinds; the bounds are 01/01/2000 and 31/12/2099.
 */
export const reportDateValidation: ValidationModel = {
  kind: "decimal",
  min: isoDateToExcelSerial("2000-01-01"),
  max: isoDateToExcelSerial("2099-12-31"),
  errorTitle: "Ngày không hợp lệ",
  errorMessage: "Nhập ngày báo cáo dạng dd/mm/yyyy, ví dụ 10/12/2024.",
  promptTitle: "Ngày báo cáo",
  prompt: "Nhập ngày dạng dd/mm/yyyy.",
};

/** The validation of an indicator's "Số liệu" input cell; undefined for computed rows. */
export function validationFor(indicator: Indicator): ValidationModel | undefined {
  switch (indicator.type) {
    case "count":
      return countValidation;
    case "money":
      return moneyValidation;
    case "yesno":
      return yesNoValidation;
    case "text":
      return textValidation(indicator.maxLength);
    case "calc":
      return undefined;
  }
}
