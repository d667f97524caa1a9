// xl/sharedStrings.xml: every text cell refers to its string by index (t="s"), which makes it data,
// never a formula, whatever it starts with ("=", "+", "-", "@").
import { IndexedPool } from "./indexed-pool";
import { textElement } from "./xml-text";

export class SharedStrings {
  private readonly strings = new IndexedPool();
  private references = 0;

  indexOf(text: string): number {
    this.references++;
    return this.strings.add(text);
  }

  xml(): string {
    const items = this.strings.items.map((s) => `<si>${textElement(s)}</si>`).join("");
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.strings.items.length}">${items}</sst>`
    );
  }
}
