// A date typed in the pane, read the Vietnamese way whatever the browser's language: dd/mm/yyyy
// (also d/m/yyyy, with "." or "-"), or YYYY-MM-DD as pasted from elsewhere.
import { readIsoDate } from "../../core/read/read-dates";
import { isIsoDate } from "../../core/time";

export type DateText = { ok: true; iso: string } | { ok: false; message: string };

export function dateOfText(text: string): DateText {
  if (text.trim() === "") return { ok: false, message: "Hãy nhập ngày theo dạng dd/mm/yyyy, ví dụ 15/12/2024." };
  const read = readIsoDate(text.trim());
  if (read.ok && read.value && isIsoDate(read.value)) return { ok: true, iso: read.value };
  return { ok: false, message: `“${text.trim()}” không phải ngày có thật. Hãy nhập theo dạng dd/mm/yyyy, ví dụ 15/12/2024.` };
}
