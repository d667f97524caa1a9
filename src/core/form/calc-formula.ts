// The Excel formula of a computed row, so the form works in plain Excel, LibreOffice or WPS.
// value = scale × Σ(numerator) / Σ(denominator); blank when a part is blank or the
// denominator is 0 (DHIS2's "not calculable", never #DIV/0!). English names, comma separators.
import type { Calc, Term } from "../plan/schema";

/** Code → A1 address of its value cell on the same sheet ("E19"). */
export type AddressOf = (code: string) => string | undefined;

function sumExpression(terms: readonly Term[], addressOf: AddressOf): string {
  const parts = terms.map((t, i) => {
    const ref = addressOf(t.code) as string;
    if (t.sign < 0) return `-${ref}`;
    return i === 0 ? ref : `+${ref}`;
  });
  const expr = parts.join("");
  return terms.length > 1 ? `(${expr})` : expr;
}

/**
 * E.g. TL_TT05: IF(OR(E19="",E20="",N(E20)=0),"",E19*100/E20)
 *      TL_CL04: IF(OR(E31="",E32="",N(E32)=0),"",(E31-E32)*100/E32)
 * null when a part is not on the form (the row could not be computed there).
 */
export function calcFormula(calc: Calc, addressOf: AddressOf): string | null {
  const codes = [...new Set([...calc.numerator, ...calc.denominator].map((t) => t.code))];
  const refs = codes.map(addressOf);
  if (refs.some((r) => r === undefined)) return null;
  const blanks = refs.map((r) => `${r}=""`);
  const denominatorZero =
    calc.denominator.length === 1
      ? `N(${addressOf(calc.denominator[0].code)})=0`
      : `(${calc.denominator.map((t, i) => `${t.sign < 0 ? "-" : i === 0 ? "" : "+"}N(${addressOf(t.code)})`).join("")})=0`;
  const numerator = sumExpression(calc.numerator, addressOf);
  const denominator = sumExpression(calc.denominator, addressOf);
  const scaled = calc.scale === 1 ? numerator : `${numerator}*${calc.scale}`;
  return `IF(OR(${[...blanks, denominatorZero].join(",")}),"",${scaled}/${denominator})`;
}
