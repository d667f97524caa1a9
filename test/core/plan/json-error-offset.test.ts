import { jsonErrorOffset } from "../../../src/core/plan/json-error-offset";
import { prettyJson } from "../../../src/core/plan/pretty-json";

describe("jsonErrorOffset", () => {
  it.each([
    "{}", "[]", " { \"a\" : [1, -2.5e3, 0, true, false, null, \"x\\n\\u00e9\"] } ", "0", "\"s\"",
    "[[[]]]", '{"a":{"b":{}}}', "-0.0E+1",
  ])("valid JSON %p → -1 (JSON.parse agrees)", (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(jsonErrorOffset(text)).toBe(-1);
  });

  it.each([
    ["", 0],
    ["{", 1],
    ['{"a" 1}', 5],
    ['{"a":1,}', 7],
    ["[1,]", 3],
    ["[01]", 2],
    ["[1.]", 3],
    ["[1e]", 3],
    ['["a\\x"]', 4],
    ['["a\u0001"]', 3],
    ["nul", 3],
    ["{a:1}", 1],
    ["[1] [2]", 4],
    ['"open', 5],
    ["[\n  1\n  2]", 8],
  ])("invalid JSON %p → offset %p (JSON.parse agrees it is invalid)", (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it("does not overflow on absurd nesting", () => {
    const text = "[".repeat(200000);
    expect(jsonErrorOffset(text)).toBe(text.length);
  });
});

describe("prettyJson", () => {
  it.each([
    [{ a: 1 }, '{ "a": 1 }\n'],
    [[1, "x", null], '[1, "x", null]\n'],
    [{ a: undefined, b: [] }, '{ "b": [] }\n'],
    [{ list: Array.from({ length: 30 }, (_, i) => i) }, `{\n  "list": [\n${Array.from({ length: 30 }, (_, i) => `    ${i}`).join(",\n")}\n  ]\n}\n`],
  ])("%j → %p", (value, text) => {
    expect(prettyJson(value)).toBe(text);
    expect(JSON.parse(prettyJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });
});
