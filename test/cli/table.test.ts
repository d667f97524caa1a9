// Terminal tables line up Vietnamese text whatever its Unicode form.
import { renderTable } from "../../src/cli/output/table";
import { textWidth, truncateToWidth } from "../../src/cli/output/text-width";

describe("textWidth", () => {
  it.each([
    ["Vĩnh Thủy", 9],
    ["Vĩnh Thủy".normalize("NFD"), 9],
    ["Đúng hạn", 8],
    ["", 0],
    ["漢字", 4],
    ["a\u0007b", 2],
    ["BL02 = 1.234,5", 14],
    ["a\tb", 2],
    ["x\u0085y\u007f", 2],
    ["\u00a0é½", 3],
    ["q\u0301", 1],
    ["ạ\u0323\u0302", 1],
    ["😀 ok", 5],
  ])("%j → %i columns", (text, width) => {
    expect(textWidth(text)).toBe(width);
  });

  it.each([
    ["Phòng Lao động - Thương binh và Xã hội", 10, "Phòng Lao…"],
    ["Ngắn", 10, "Ngắn"],
    ["Nguyễn".normalize("NFD"), 4, "Ngu…"],
  ])("truncate %j to %i → %j", (text, max, expected) => {
    expect(truncateToWidth(text, max)).toBe(expected);
  });
});

describe("renderTable", () => {
  it("aligns columns by display width for NFC and NFD text", () => {
    const out = renderTable(
      [{ title: "Đơn vị" }, { title: "Số", align: "right" }],
      [
        ["Xã Vĩnh Thủy", "1.234"],
        ["Xã Vĩnh Thủy".normalize("NFD"), "5"],
      ],
    );
    const lines = out.trimEnd().split("\n");
    // The last column is right-aligned, so every line is exactly as wide as the header.
    expect(new Set(lines.map(textWidth))).toEqual(new Set([textWidth("Xã Vĩnh Thủy  1.234")]));
    expect(lines[3].endsWith("    5")).toBe(true);
  });

  it("strips control characters from hostile cells (no terminal escapes)", () => {
    const out = renderTable([{ title: "Tệp" }], [["a\u001b[31mred\nb"]]);
    expect(out).not.toContain("\u001b");
    expect(out.split("\n")).toHaveLength(4);
  });
});
