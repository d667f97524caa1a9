// Is this existing .docx the narrative report bdg wrote (docs/contract.md §4.3, §4.4)? Told by the
// custom document property the writer puts in docProps/custom.xml (src/docx/docx-format.ts): Word
// and LibreOffice keep it when the officer edits the draft, and a clerk's own document never has it.
// Only that one part is inflated, and at most MAX_PART bytes of it.
import { strFromU8, unzipSync } from "fflate";
import { DOCX_FORMAT, DOCX_FORMAT_PROPERTY } from "../../../docx/docx-format";

const CUSTOM_PART = "docProps/custom.xml";
const MAX_PART = 1024 * 1024;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** <property … name="bdg.format"…><vt:lpwstr>bdg-narrative-report</vt:lpwstr></property> */
const OWN_PROPERTY = new RegExp(
  `<property\\b[^>]*\\bname="${escapeRegExp(DOCX_FORMAT_PROPERTY)}"[^>]*>\\s*<vt:lpwstr>${escapeRegExp(DOCX_FORMAT)}</vt:lpwstr>\\s*</property>`,
);

export function isBdgReportDocx(bytes: Uint8Array): boolean {
  try {
    const parts = unzipSync(bytes, { filter: (f) => f.name === CUSTOM_PART && f.originalSize <= MAX_PART });
    const custom = parts[CUSTOM_PART];
    return custom !== undefined && OWN_PROPERTY.test(strFromU8(custom));
  } catch {
    return false;
  }
}
