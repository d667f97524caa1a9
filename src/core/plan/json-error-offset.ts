// Where is a JSON text broken? JSON.parse's messages differ between engines (Node 20 says
// "Unexpected token '}'" with no position, Chrome "at position 42", Firefox "line 2 column 7"),
// so a small strict scanner (RFC 8259 grammar) finds the offset itself, the same everywhere.

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  private skipWhitespace(): void {
    while (this.pos < this.text.length && WHITESPACE.has(this.text[this.pos])) this.pos++;
  }

  private literal(word: string): boolean {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      return true;
    }
    // Point at the first character that differs.
    let i = 0;
    while (i < word.length && this.text[this.pos + i] === word[i]) i++;
    this.pos += i;
    return false;
  }

  private digits(): boolean {
    const start = this.pos;
    while (/[0-9]/.test(this.text[this.pos] ?? "")) this.pos++;
    return this.pos > start;
  }

  private number(): boolean {
    if (this.text[this.pos] === "-") this.pos++;
    if (this.text[this.pos] === "0") this.pos++;
    else if (!/[1-9]/.test(this.text[this.pos] ?? "") || !this.digits()) return false;
    if (this.text[this.pos] === ".") {
      this.pos++;
      if (!this.digits()) return false;
    }
    if (this.text[this.pos] === "e" || this.text[this.pos] === "E") {
      this.pos++;
      if (this.text[this.pos] === "+" || this.text[this.pos] === "-") this.pos++;
      if (!this.digits()) return false;
    }
    return true;
  }

  private string(): boolean {
    this.pos++; // opening quote
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === '"') {
        this.pos++;
        return true;
      }
      if (c.charCodeAt(0) < 0x20) return false;
      if (c === "\\") {
        const e = this.text[this.pos + 1] ?? "";
        if ('"\\/bfnrt'.includes(e) && e !== "") this.pos += 2;
        else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.pos += 6;
        else {
          this.pos++;
          return false;
        }
      } else this.pos++;
    }
    return false;
  }

  /** `[ value, … ]` or `{ "key": value, … }` */
  private container(close: "]" | "}"): boolean {
    this.pos++; // opening bracket
    this.skipWhitespace();
    if (this.text[this.pos] === close) {
      this.pos++;
      return true;
    }
    for (;;) {
      if (close === "}") {
        this.skipWhitespace();
        if (this.text[this.pos] !== '"' || !this.string()) return false;
        this.skipWhitespace();
        if (this.text[this.pos] !== ":") return false;
        this.pos++;
      }
      if (!this.value()) return false;
      const c = this.text[this.pos];
      if (c === close) {
        this.pos++;
        return true;
      }
      if (c !== ",") return false;
      this.pos++;
    }
  }

  value(): boolean {
    this.skipWhitespace();
    const c = this.text[this.pos];
    let ok: boolean;
    if (c === "{") ok = this.container("}");
    else if (c === "[") ok = this.container("]");
    else if (c === '"') ok = this.string();
    else if (c === "t") ok = this.literal("true");
    else if (c === "f") ok = this.literal("false");
    else if (c === "n") ok = this.literal("null");
    else if (c === "-" || /[0-9]/.test(c ?? "")) ok = this.number();
    else ok = false;
    if (ok) this.skipWhitespace();
    return ok;
  }

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }
}

/** Offset of the first JSON syntax error in `text`; -1 when the text is valid JSON. */
export function jsonErrorOffset(text: string): number {
  const scanner = new Scanner(text);
  try {
    if (scanner.value() && scanner.atEnd()) return -1;
  } catch {
    // Nesting deep enough to exhaust the stack: no useful position, blame the end.
    return text.length;
  }
  return Math.min(scanner.pos, text.length);
}
