import { foldedEquals, foldedStartsWith, startsWithFolded, type FoldMode } from "../../../src/core/read/folded-prefix";
import { foldText, foldTextLoose } from "../../../src/core/text";

const fold = (text: string, mode: FoldMode) => (mode === "strict" ? foldText(text) : foldTextLoose(text));

describe("startsWithFolded: decides cheaply, never differently from a full fold", () => {
  it.each<[string, string, FoldMode, boolean | undefined]>([
    ["NFC label", "Đơn vị báo cáo: Xã Vĩnh Hòa", "loose", true],
    ["NFD label", "Đơn vị báo cáo: Xã Vĩnh Hòa".normalize("NFD"), "loose", true],
    ["upper case, stray spaces", "  ĐƠN  VỊ\u00a0BÁO   CÁO:", "loose", true],
    ["no diacritics typed", "Don vi bao cao", "loose", true],
    ["another label", "Đơn vị nhận báo cáo: UBND huyện", "loose", false],
    ["first letter differs", "Kỳ báo cáo: Năm 2024", "loose", false],
    ["shorter than the label", "Đơn vị", "loose", false],
    ["other script: cannot tell", "Đơn vị báo cáo — 報告", "loose", true],
    ["other script first: cannot tell", "報告 Đơn vị báo cáo", "loose", undefined],
    ["exotic space: cannot tell", "Đơn\u2003vị báo cáo", "loose", undefined],
  ])("%s", (_what, text, mode, expected) => {
    expect(startsWithFolded(text, foldTextLoose("Đơn vị báo cáo"), mode)).toBe(expected);
  });

  it.each<[string, string, boolean | undefined]>([
    ["exact", "Mã", true],
    ["NFD: the accent may compose, so it cannot tell", "Mã".normalize("NFD"), undefined],
    ["upper case", "MÃ", true],
    ["other letter", "Mục tiêu 2025", false],
    ["plain a is not ã", "Ma", false],
  ])("strict %s", (_what, text, expected) => {
    expect(startsWithFolded(text, foldText("Mã"), "strict")).toBe(expected);
  });

  // Every Latin letter Vietnamese uses, alone and in NFC/NFD/upper words, against labels that
  // start with it, with a neighbour, or with something else: the cheap answer, when given,
  // equals the full fold's.
  const latin: string[] = [];
  for (let c = 0x20; c < 0x7f; c++) latin.push(String.fromCharCode(c));
  for (let c = 0xc0; c <= 0x24f; c++) latin.push(String.fromCharCode(c));
  for (let c = 0x1e00; c <= 0x1eff; c++) latin.push(String.fromCharCode(c));
  const labels = ["đơn vị báo cáo", "kỳ báo cáo", "ngày báo cáo", "mã", "số liệu", "i", "ss", "d", "a b"];
  it.each<[FoldMode]>([["strict"], ["loose"]])("%s mode agrees with the full fold on every Latin letter", (mode) => {
    let decided = 0;
    const disagreements: string[] = [];
    for (const ch of latin) {
      for (const word of [ch, `${ch}ã`, ` ${ch}  b`, `${ch}\u0301x`, `${ch}ơn vị báo cáo`, `${ch}ố liệu`]) {
        for (const text of [word, word.normalize("NFD"), word.toUpperCase(), word.normalize("NFD").toUpperCase()]) {
          for (const raw of labels) {
            const label = fold(raw, mode);
            const quick = startsWithFolded(text, label, mode);
            const full = fold(text, mode).startsWith(label);
            if (quick !== undefined) decided++;
            if ((quick !== undefined && quick !== full) || foldedStartsWith(text, label, mode) !== full) {
              disagreements.push(`${JSON.stringify(text)} / ${JSON.stringify(label)}: ${quick} vs ${full}`);
            }
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    // Most cells are decided without folding, else the walk is useless (strict mode gives up on
    // NFD accents, which may compose: half the texts here are NFD).
    expect(decided).toBeGreaterThan(latin.length * 6 * 4 * labels.length * 0.5);
  });
});

describe("foldedEquals", () => {
  it.each<[string, boolean]>([
    ["Mã", true],
    [" mã ", true],
    ["Mã".normalize("NFD"), true],
    ["MÃ", true],
    ["Mã số", false],
    ["Ma", false],
    ["", false],
  ])("%j equals “mã”: %s", (text, expected) => {
    expect(foldedEquals(text, foldText("Mã"), "strict")).toBe(expected);
  });
});
