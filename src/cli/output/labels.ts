// Vietnamese words for the codes the JSON carries (docs/contract.md §3). Status and outcome words are
// the summary workbook's own (one vocabulary for the clerk); date sources are shortened for a
// terminal column.
import type { DateSource } from "../../core/read";

export { OUTCOME_LABEL, statusLabel } from "../../core/consolidate";

export const DATE_SOURCE_LABEL: Record<DateSource, string> = {
  finalize: "dấu hoàn tất",
  report_date: "ngày báo cáo",
  received: "sổ nhận",
  file_time: "giờ sửa tệp",
};
