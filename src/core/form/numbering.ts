// The STT column of an official form is numbered without gaps on every unit's form
// (docs/domain.md §3): rows that do not apply to a unit are left out of its form, so the plan's
// own numbers (written for the full catalog) are renumbered in display order. Sections get I, II,
// III…; numbered rows get 1, 2, 3… within their section; "Trong đó" rows keep their empty STT.
// Codes (Mã) never change: readers go by code, never by STT.
import type { Indicator, Section } from "../plan/schema";

export type NumberedItem = { kind: "section"; section: Section } | { kind: "row"; indicator: Indicator };

const ROMAN: readonly [number, string][] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

export function romanNumeral(n: number): string {
  let out = "";
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const isRoman = (stt: string) => /^[IVXLCDM]+$/.test(stt);
const isWholeNumber = (stt: string) => /^\d+$/.test(stt);

/**
 * The STT of each item, in the items' order. A section shown twice (its table rows, then its
 * narratives below the table) keeps its first number, and its rows go on counting. An STT that is
 * neither a Roman numeral (sections) nor a whole number (rows), such as "a" or "", is kept as the
 * plan wrote it.
 */
export function officialNumbers(items: readonly NumberedItem[]): string[] {
  const sectionNumber = new Map<string, string>();
  const rowsSoFar = new Map<string, number>();
  let sections = 0;
  let current = "";
  return items.map((item) => {
    if (item.kind === "section") {
      const { code, stt } = item.section;
      current = code;
      const known = sectionNumber.get(code);
      if (known !== undefined) return known;
      let number = stt;
      if (isRoman(stt)) number = romanNumeral(++sections);
      else if (isWholeNumber(stt)) number = String(++sections);
      sectionNumber.set(code, number);
      return number;
    }
    const { stt, section } = item.indicator;
    if (!isWholeNumber(stt)) return stt;
    const key = sectionNumber.has(section) ? section : current;
    const n = (rowsSoFar.get(key) ?? 0) + 1;
    rowsSoFar.set(key, n);
    return String(n);
  });
}
