import type { Summary, UnitStatus } from "../../src/core/consolidate";
import { defaultPlan } from "../../src/core/plan";
import { statusGroups, type StatusFilter } from "../../src/taskpane/view/status-groups";
import { statusRows } from "../../src/taskpane/view/status-view";

const unit = (code: string, status: UnitStatus["status"]): UnitStatus => ({
  unit: code, status, daysLate: status === "late" ? 2 : 0, submittedAt: null, dateSource: null, file: null, errors: 0, warnings: 0, reason: "lý do", alerts: [],
});
// roster order, statuses mixed: the groups must put the units to chase first
const rows = statusRows(defaultPlan, {
  units: [
    unit("X_VINH_THAI", "on_time"),
    unit("X_VINH_HA", "late"),
    unit("X_VINH_SON", "missing"),
    unit("P_YTE", "invalid"),
    unit("MTTQ", "optional_missing"),
    unit("X_VINH_O", "missing"),
    unit("X_VINH_LONG", "on_time"),
  ],
} as Summary);

const view = (filter: StatusFilter) => statusGroups(rows, filter).map((g) => [g.key, g.rows.map((r) => r.unit), g.total]);

describe("status groups", () => {
  it.each<[string, StatusFilter, unknown[]]>([
    ["all units, chase-first order, roster order inside a group", { text: "", group: "all" }, [
      ["missing", ["X_VINH_SON", "X_VINH_O"], 2],
      ["invalid", ["P_YTE"], 1],
      ["late", ["X_VINH_HA"], 1],
      ["on_time", ["X_VINH_THAI", "X_VINH_LONG"], 2],
      ["optional_missing", ["MTTQ"], 1],
    ]],
    ["one group only", { text: "", group: "missing" }, [["missing", ["X_VINH_SON", "X_VINH_O"], 2]]],
    ["a name typed without diacritics or case", { text: "vinh SON", group: "all" }, [
      ["missing", ["X_VINH_SON"], 2],
      ["invalid", [], 1],
      ["late", [], 1],
      ["on_time", [], 2],
      ["optional_missing", [], 1],
    ]],
    ["a name typed with diacritics", { text: "Vĩnh Ô", group: "missing" }, [["missing", ["X_VINH_O"], 2]]],
    ["a unit code", { text: "p_yte", group: "invalid" }, [["invalid", ["P_YTE"], 1]]],
    ["a group with no unit is left out", { text: "", group: "pending" }, []],
  ])("%s", (_, filter, expected) => {
    expect(view(filter)).toEqual(expected);
  });
});
