import { defaultPlan } from "../../../src/core/plan";
import { identifyPeriod, identifyUnit } from "../../../src/core/read";
import { smallPlan } from "./small-plan";

describe("identifyUnit", () => {
  it.each<[string, string, string | null]>([
    ["exact name", "Xã Vĩnh Thái", "X_VINH_THAI"],
    ["NFD", "Xã Vĩnh Thái".normalize("NFD"), "X_VINH_THAI"],
    ["stray spaces and case", "  XÃ   vĩnh  THÁI ", "X_VINH_THAI"],
    ["alias", "UBND xã Vĩnh Thái", "X_VINH_THAI"],
    ["the code itself", "X_VINH_THAI", "X_VINH_THAI"],
    ["the code in lower case", "x_vinh_thai", "X_VINH_THAI"],
    ["old tone placement via loose fold", "Xã Vĩnh Hoà", "X_VINH_HOA"],
    ["no diacritics via loose fold", "Xa Vinh Ha", "X_VINH_HA"],
    ["unknown", "Xã Không Có", null],
    ["empty", "", null],
    ["huge", "x".repeat(10000), null],
  ])("%s", (_what, text, code) => {
    expect(identifyUnit(smallPlan, text)?.code ?? null).toBe(code);
  });

  it("matches every unit of the built-in plan by its name, in NFC and NFD", () => {
    for (const u of defaultPlan.units) {
      expect(identifyUnit(defaultPlan, u.name)?.code).toBe(u.code);
      expect(identifyUnit(defaultPlan, u.name.normalize("NFD").toUpperCase())?.code).toBe(u.code);
    }
  });
});

describe("identifyPeriod", () => {
  it.each<[string, string, string | null]>([
    ["label with range", "Năm 2024 (từ 15/12/2023 đến 14/12/2024)", "2024-Y"],
    ["label alone", "6 tháng đầu năm 2024", "2024-H1"],
    ["NFD upper case", "6 THÁNG ĐẦU NĂM 2024".normalize("NFD"), "2024-H1"],
    ["code", "2024-Y", "2024-Y"],
    ["code lower case", "2024-y", "2024-Y"],
    ["unknown", "Năm 2023", null],
  ])("%s", (_what, text, code) => {
    expect(identifyPeriod(smallPlan, text)?.code ?? null).toBe(code);
  });
});
