// Is this existing .json a receipt register that bdg wrote (docs/contract.md §4.2)? The register
// carries its kind in a top-level field, "format": "bdg-register", as the summary does in its
// `_meta` (docs/contract.md §4.3 "bdg recognises its own outputs by their metadata").

export const REGISTER_FORMAT = "bdg-register";

export function isBdgRegister(bytes: Uint8Array): boolean {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    return false;
  }
  return typeof doc === "object" && doc !== null && !Array.isArray(doc) && (doc as { format?: unknown }).format === REGISTER_FORMAT;
}
