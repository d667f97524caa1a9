// xl/sharedStrings.xml: every text cell refers to its string by index (t="s"), which makes it data,
// never a formula, whatever it starts with ("=", "+", "-", "@").
import { textElement } from "./xml-text";

export class SharedStrings {
  private readonly strings: string[] = [];
  private readonly index = new Map<string, number>();
  private references = 0;

  indexOf(text: string): number {
    this.references++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  xml(): string {
    const items = this.strings.map((s) => `<si>${textElement(s)}</si>`).join("");
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.strings.length}">${items}</sst>`
    );
  }
}
