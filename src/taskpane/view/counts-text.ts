// "2 lỗi, 1 cảnh báo": counts come first in every result, so an officer sees
// at once whether there is anything to fix before the details.
import { formatNumberVi } from "../../core/text";

export function countsText(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return "Không có lỗi, không có cảnh báo";
  return `${formatNumberVi(errors)} lỗi, ${formatNumberVi(warnings)} cảnh báo`;
}
