// Numbers parsed in place from a sheet's bytes must be exactly Number(text), or decline.
import { decimalAt, indexAt } from "../../../src/xlsx/read/number-bytes";

function source(text: string) {
  const bytes = new TextEncoder().encode(` ${text} `); // a byte either side: the range is what counts
  return { src: bytes, start: 1, end: bytes.length - 1 };
}

function decimal(text: string): number | undefined {
  const { src, start, end } = source(text);
  return decimalAt(src, start, end);
}

describe("decimalAt", () => {
  it.each<[string, number | undefined]>([
    ["0", 0],
    ["-0", -0],
    ["42", 42],
    ["007", 7],
    ["92.5", 92.5],
    ["0.1", 0.1],
    ["-12.75", -12.75],
    ["1.5E3", 1500],
    ["1.5e-3", 0.0015],
    ["45633", 45633],
    ["123456789012345", 123456789012345],
    ["9.99999999999999E+22", 9.99999999999999e22],
    // declined: Number() decides (the caller falls back)
    ["1234567890123456", undefined],
    ["0.30000000000000004", undefined],
    ["1e23", undefined],
    ["1e-23", undefined],
    ["1e1000", undefined],
    [" 1", undefined],
    ["1 ", undefined],
    ["+1", undefined],
    [".5", undefined],
    ["1.", undefined],
    ["1e", undefined],
    ["0x10", undefined],
    ["Infinity", undefined],
    ["", undefined],
    ["-", undefined],
    ["1,5", undefined],
  ])("%j → %p", (text, expected) => {
    expect(Object.is(decimal(text), expected)).toBe(true);
  });

  it("equals Number(text) on 20,000 numbers as Excel and LibreOffice write them", () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const wrong: string[] = [];
    let taken = 0;
    for (let k = 0; k < 20000; k++) {
      const magnitude = 10 ** Math.floor(random() * 30 - 12);
      const x = (random() - 0.3) * magnitude;
      const texts = [String(x), x.toPrecision(1 + Math.floor(random() * 15)), x.toExponential(Math.floor(random() * 14)).toUpperCase(), x.toFixed(Math.floor(random() * 6))];
      for (const text of texts) {
        const got = decimal(text);
        if (got === undefined) continue;
        taken++;
        if (!Object.is(got, Number(text))) wrong.push(`${text}: ${got} vs ${Number(text)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(taken).toBeGreaterThan(40000); // most shapes are taken in place, else it is useless
  });
});

describe("indexAt", () => {
  it.each<[string, number | undefined]>([
    ["0", 0],
    ["12", 12],
    ["000012", 12],
    ["123456789", 123456789],
    ["1234567890", undefined],
    ["", undefined],
    ["-1", undefined],
    ["1.0", undefined],
    [" 1", undefined],
  ])("%j → %p", (text, expected) => {
    const { src, start, end } = source(text);
    expect(indexAt(src, start, end)).toBe(expected);
  });
});
