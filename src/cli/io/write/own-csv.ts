// Is this existing .csv the long form bdg wrote (docs/contract.md §4.4)? Its first line, after the
// byte-order mark, is exactly the long form's header; a clerk's own CSV never starts that way.
import { LONG_FORM_COLUMNS } from "../../../core/consolidate";

const HEADER = LONG_FORM_COLUMNS.join(",");

export function isBdgLongFormCsv(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 200));
  const line = head.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0];
  return line === HEADER;
}
