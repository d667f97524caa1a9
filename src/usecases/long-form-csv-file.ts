// "Tải dữ liệu dạng dài (.csv)": the long form of the summary shown (docs/contract.md §4.4), the
// same text as `bdg consolidate --csv`: UTF-8 with a byte-order mark so that Excel opens the
// Vietnamese text right, formula-safe. Named beside the summary's "TongHop_BDG_…" and the report's
// "BaoCao_BDG_…".
import { longFormCsv, type Summary } from "../core/consolidate";
import type { Plan } from "../core/plan";

export const CSV_MIME = "text/csv;charset=utf-8";

export interface LongFormCsvFile {
  fileName: string;
  bytes: Uint8Array;
}

export function longFormCsvFile(plan: Plan, summary: Summary): LongFormCsvFile {
  const recipient = summary.recipient ? `_${summary.recipient}` : "";
  // TextEncoder keeps the U+FEFF at the start as the three bytes EF BB BF
  return { fileName: `BangDai_BDG_${summary.period}${recipient}_${summary.asOf}.csv`, bytes: new TextEncoder().encode(longFormCsv(plan, summary)) };
}
