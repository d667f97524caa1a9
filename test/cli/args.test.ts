// The hand-written argument parser.
import { parseArgv, UsageError } from "../../src/cli/args";

const SPEC = { values: ["period", "out"], switches: ["json"] };

describe("parseArgv", () => {
  it.each([
    [["a", "b"], { positionals: ["a", "b"], options: {} }],
    [["--period", "2024-Y", "x"], { positionals: ["x"], options: { period: "2024-Y" } }],
    [["--period=2024-Y", "--json"], { positionals: [], options: { period: "2024-Y", json: true } }],
    [["--out=a=b.xlsx"], { positionals: [], options: { out: "a=b.xlsx" } }],
    [["--", "--json", "-x"], { positionals: ["--json", "-x"], options: {} }],
    [["-h"], { positionals: [], options: { help: true } }],
    [["-"], { positionals: ["-"], options: {} }],
    [["tệp có dấu.xlsx"], { positionals: ["tệp có dấu.xlsx"], options: {} }],
  ])("%j", (argv, expected) => {
    expect(parseArgv(argv, SPEC)).toEqual(expected);
  });

  it.each([
    [["--nope"], "không được hỗ trợ: --nope"],
    [["--period"], "--period cần một giá trị"],
    [["--period", "--json"], "--period cần một giá trị"],
    [["--json=1"], "không nhận giá trị"],
    [["--period", "a", "--period", "b"], "hai lần"],
    [["-x"], "Tùy chọn không hợp lệ: -x"],
  ])("%j is a usage error", (argv, message) => {
    expect(() => parseArgv(argv, SPEC)).toThrow(UsageError);
    expect(() => parseArgv(argv, SPEC)).toThrow(message);
  });
});
