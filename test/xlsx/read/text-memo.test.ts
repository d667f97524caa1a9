// Texts remembered by their bytes are exactly the texts decoded, however many there are.
import { TextMemo } from "../../../src/xlsx/read/text-memo";
import { utf8Text } from "../../../src/xlsx/read/xml-text";

const encode = (text: string) => new TextEncoder().encode(`<${text}>`); // a byte either side

describe("TextMemo", () => {
  it.each(["", "Mã", "Số liệu kỳ báo cáo", "Bình đẳng giới 😀", "x".repeat(256), "y".repeat(300)])("decodes %j as utf8Text does, again and again", (text) => {
    const memo = new TextMemo();
    const bytes = encode(text);
    for (let i = 0; i < 3; i++) expect(memo.text(bytes, 1, bytes.length - 1)).toBe(text);
  });

  it("keeps invalid UTF-8 as U+FFFD, like utf8Text", () => {
    const bytes = new Uint8Array([0x3c, 0xe1, 0xbb, 0x3e, 0xff, 0x3c]);
    expect(new TextMemo().text(bytes, 1, 5)).toBe(utf8Text(bytes, 1, 5));
  });

  it("stays right past its size, with 50,000 distinct texts seen twice", () => {
    const memo = new TextMemo();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 50_000; i++) {
        const text = `Chỉ tiêu ${i}`;
        const bytes = encode(text);
        expect(memo.text(bytes, 1, bytes.length - 1)).toBe(text);
      }
    }
  });
});
