// Is this existing .docx the narrative report bdg wrote (docs/contract.md §4.3, §4.4)? Told by the
// custom document property the writer puts in docProps/custom.xml (src/docx/docx-format.ts): Word
// and LibreOffice keep it when the officer edits the draft, and a clerk's own document never has it.
// Only that one part is inflated, and at most MAX_PART bytes of it.
import { DOCX_FORMAT, DOCX_FORMAT_PROPERTY } from "../../../docx/docx-format";
import { zipPartInNode } from "../../../xlsx/read/node-read";

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
  const custom = zipPartInNode(bytes, CUSTOM_PART, MAX_PART);
  return custom !== null && OWN_PROPERTY.test(new TextDecoder().decode(custom));
}
