// Text from the units (NX01, NX02, unit names from a plan file) can hold characters XML 1.0 does
// not allow (control characters pasted from elsewhere): one of them makes Word refuse the whole
// document. They are dropped; tabs and line breaks become spaces, as the report's lines are prose.

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "").replace(/[\t\r\n]+/g, " ").normalize("NFC");
}
