// The kinds of file bdg writes (docs/contract.md §4.3, §4.2, §4.4): for each, the extensions it
// may have, and how to tell that an existing file at its place is one bdg wrote and may replace.
// A kind added later adds a row; a recogniser still missing (null) means an existing file is
// never replaced without --force, which is safe, only less convenient.
import { bdgWorkbookIn, isDemoWorkbook } from "./own-workbook";
import { isBdgRegister, notARegisterText } from "./own-register";
import { isBdgLongFormCsv } from "./own-csv";
import { isBdgReportDocx } from "./own-docx";

export type OutputKind = "summary" | "template" | "demo" | "register" | "report" | "csv";

export interface OutputKindSpec {
  /** What the file is, in messages: "bảng tổng hợp". */
  label: string;
  /** Lower case, with the dot; the first is the one to suggest. */
  extensions: readonly string[];
  /** Was this existing file (its bytes) written by bdg, as a file of this kind may replace? */
  isOwn: ((bytes: Uint8Array) => boolean) | null;
  /** false: not even --force replaces a file that is not bdg's own (`bdg demo`, the register). */
  forceReplacesForeign: boolean;
  /** The refusal of an existing file that is not bdg's own, when the kind says it its own way. */
  foreignText?: (shown: string, bytes: Uint8Array | null) => string;
}

export const OUTPUT_KINDS: Record<OutputKind, OutputKindSpec> = {
  summary: {
    label: "bảng tổng hợp",
    extensions: [".xlsx"],
    isOwn: (bytes) => bdgWorkbookIn(bytes)?.kind === "summary",
    forceReplacesForeign: true,
  },
  // A blank form is bdg's, but once sent out an officer may have filled it in: an existing file
  // is never replaced without --force, whatever its `_meta` says.
  template: { label: "biểu mẫu", extensions: [".xlsx"], isOwn: null, forceReplacesForeign: true },
  // The sample forms and summary of `bdg demo` (sample = 1), and nothing else, ever.
  demo: { label: "tệp mẫu của bdg demo", extensions: [".xlsx"], isOwn: isDemoWorkbook, forceReplacesForeign: false },
  // A .json that is not our register may be the clerk's only record: never replaced (io/register-file.ts).
  register: { label: "sổ nhận", extensions: [".json"], isOwn: isBdgRegister, forceReplacesForeign: false, foreignText: notARegisterText },
  // The narrative report: known by its custom document property (own-docx.ts). A report the officer
  // has since filled in is still bdg's, and replaced: the officer asked for --docx at that path.
  report: { label: "báo cáo Word", extensions: [".docx"], isOwn: isBdgReportDocx, forceReplacesForeign: true },
  csv: { label: "tệp CSV dạng dài", extensions: [".csv"], isOwn: isBdgLongFormCsv, forceReplacesForeign: true },
};
