// Relationship targets resolved against the source part's folder, the usual ones by a plain join.
import { resolveTarget } from "../../../src/xlsx/read/relationships";

describe("resolveTarget", () => {
  it.each([
    ["xl/", "worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["", "xl/workbook.xml", "xl/workbook.xml"],
    ["xl/", "/xl/worksheets/sheet2.xml", "xl/worksheets/sheet2.xml"],
    ["xl/", "../customXml/item1.xml", "customXml/item1.xml"],
    ["xl/", "./worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/", "worksheets//sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/", "worksheets\\sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["xl/", "worksheets/sheet%201.xml", "xl/worksheets/sheet 1.xml"],
    ["xl/", "worksheets/%E0%A4%A.xml", "xl/worksheets/%E0%A4%A.xml"],
    ["xl/", "worksheets/", "xl/worksheets"],
    ["xl/", "..", ""],
    ["xl/", "", "xl"],
    ["xl/", "a.b/c..d.xml", "xl/a.b/c..d.xml"],
  ])("%s + %s → %s", (folder, target, expected) => {
    expect(resolveTarget(folder, target)).toBe(expected);
  });
});
