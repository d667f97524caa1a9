// How many terminal columns a string takes. Vietnamese arrives in NFC (one column per letter)
// or NFD (a base letter plus combining marks, which take no column): count after NFC, and
// skip any remaining combining marks. East Asian wide characters take two columns.
const COMBINING = /\p{M}/u;

function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff)
  );
}

/** The first combining mark (U+0300): every code point below it is a control (0) or one column. */
const FIRST_MARK = 0x300;

function codePointWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  // Below the marks, and Latin Extended Additional (U+1E00–U+1EFF, Vietnamese "ạ", "ữ"…): letters.
  if (cp < FIRST_MARK || (cp >= 0x1e00 && cp <= 0x1eff)) return 1;
  if (COMBINING.test(String.fromCodePoint(cp))) return 0;
  return isWide(cp) ? 2 : 1;
}

function charWidth(ch: string): number {
  return codePointWidth(ch.codePointAt(0) ?? 0);
}

/** Printable ASCII only (codes, numbers, most of a table): one column per character, as is. */
function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f) return false;
  }
  return true;
}

export function textWidth(s: string): number {
  if (isPrintableAscii(s)) return s.length;
  const text = s.normalize("NFC");
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (cp > 0xffff) i++; // the second half of a surrogate pair
    width += codePointWidth(cp);
  }
  return width;
}

/** Cuts to at most `max` columns, ending with "…" when cut. */
export function truncateToWidth(s: string, max: number): string {
  const text = s.normalize("NFC");
  if (textWidth(text) <= max) return text;
  let out = "";
  let width = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return out + "…";
}

export function padToWidth(s: string, width: number, align: "left" | "right" = "left"): string {
  const gap = " ".repeat(Math.max(0, width - textWidth(s)));
  return align === "right" ? gap + s : s + gap;
}

/**
 * Word-wraps one line to at most `max` columns (a word longer than a line is cut with "…");
 * continuation lines start with `indent`. null = no limit (not a terminal).
 */
export function wrapToWidth(line: string, max: number | null, indent = "  "): string {
  if (max === null || textWidth(line) <= max) return line;
  const lead = /^\s*/.exec(line)?.[0] ?? "";
  const words = line.slice(lead.length).split(/ +/);
  const lines: string[] = [];
  let current = lead;
  for (const word of words) {
    const prefix = lines.length === 0 ? lead : indent;
    const candidate = current.trim() === "" ? `${prefix}${word}` : `${current} ${word}`;
    if (textWidth(candidate) <= max || current.trim() === "") {
      current = textWidth(candidate) <= max ? candidate : truncateToWidth(candidate, max);
    } else {
      lines.push(current);
      const next = `${indent}${word}`;
      current = textWidth(next) <= max ? next : truncateToWidth(next, max);
    }
  }
  lines.push(current);
  return lines.join("\n");
}
