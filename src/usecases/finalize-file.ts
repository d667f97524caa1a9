// File-mode "Hoàn tất" (docs/contract.md §4.6): the same finalizeForm as in Excel, over a picked
// .xlsx. It refuses while errors remain; otherwise the stamped `_meta` (submitted_at of
// docs/contract.md §1) goes into a COPY of the file's bytes, offered for download under a clear
// name. The picked file itself is never changed.
import type { Plan } from "../core/plan";
import type { MetaPairs } from "../core/ports";
import { replaceMetaSheet } from "../xlsx/patch/replace-meta-sheet";
import { readXlsx } from "../xlsx/read";
import { finalizeForm, type FinalizeOutcome } from "./finalize-form";

export type FinalizeFileOutcome = { outcome: FinalizeOutcome; stamped: { fileName: string; bytes: Uint8Array } | null };

/** "BaoCao.xlsx" → "BaoCao_hoan-tat.xlsx": beside the original, never its name. An .xlsm keeps
 * its extension (its content type says macro-enabled; Excel refuses it renamed to .xlsx). */
export function stampedFileName(original: string): string {
  const ext = /\.xlsm$/i.test(original) ? ".xlsm" : ".xlsx";
  return `${original.replace(/\.xls[xm]$/i, "")}_hoan-tat${ext}`;
}

export async function finalizeFile(plan: Plan, fileName: string, bytes: Uint8Array, now: string): Promise<FinalizeFileOutcome> {
  const read = readXlsx(bytes);
  if (!read.ok) return { outcome: { kind: "no_form", message: `Không đọc được tệp “${fileName}”: ${read.message}` }, stamped: null };
  let written: MetaPairs | null = null;
  const outcome = await finalizeForm(
    {
      readForm: async () => read.workbook,
      writeMeta: async (pairs) => {
        written = pairs;
      },
    },
    plan,
    now,
  );
  if (outcome.kind !== "finalized" || !written) return { outcome, stamped: null };
  const copy = replaceMetaSheet(bytes, written);
  if (!copy.ok) return { outcome: { kind: "no_form", message: `Không ghi được dấu hoàn tất vào bản sao của “${fileName}”: ${copy.message}` }, stamped: null };
  const name = stampedFileName(fileName);
  return { outcome: { ...outcome, downloadedAs: name }, stamped: { fileName: name, bytes: copy.bytes } };
}
