import { defaultPlan, exportPlanJson } from "../../src/core/plan";
import { choosePlanFile, loadPlanChoice, SETTING_KEYS, useDefaultPlan, type SettingsStore } from "../../src/usecases";

function memoryStore(initial: Record<string, string> = {}): SettingsStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getSetting: async (k) => data.get(k) ?? null,
    setSetting: async (k, v) => void data.set(k, v),
  };
}

const otherPlan = JSON.parse(exportPlanJson(defaultPlan));
otherPlan.id = "quang-tri-2025";
otherPlan.title = "Kế hoạch thử";

describe("plan choice", () => {
  it("uses the built-in plan when nothing is remembered", async () => {
    const choice = await loadPlanChoice(memoryStore());
    expect(choice).toEqual({ plan: defaultPlan, fileName: null, errors: [] });
  });

  it("remembers a valid plan file and loads it again", async () => {
    const store = memoryStore();
    const outcome = await choosePlanFile(store, "ke-hoach.json", JSON.stringify(otherPlan));
    expect(outcome.ok).toBe(true);
    const again = await loadPlanChoice(store);
    expect(again.plan.id).toBe("quang-tri-2025");
    expect(again.fileName).toBe("ke-hoach.json");
  });

  it.each([
    ["not JSON", "{ \"id\": ", /JSON/],
    ["bad id", JSON.stringify({ ...otherPlan, id: "Có Dấu" }), /./],
  ])("rejects a plan file with %s precisely and keeps the plan in use", async (_what, text, message) => {
    const store = memoryStore();
    const outcome = await choosePlanFile(store, "x.json", text);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors[0].message).toMatch(message);
    expect(store.data.has(SETTING_KEYS.planJson)).toBe(false);
  });

  it("falls back to the built-in plan, with the errors, when the remembered one no longer parses", async () => {
    const choice = await loadPlanChoice(memoryStore({ [SETTING_KEYS.planJson]: "{" }));
    expect(choice.plan).toBe(defaultPlan);
    expect(choice.errors.length).toBeGreaterThan(0);
  });

  it("goes back to the built-in plan", async () => {
    const store = memoryStore();
    await choosePlanFile(store, "ke-hoach.json", JSON.stringify(otherPlan));
    await useDefaultPlan(store);
    expect((await loadPlanChoice(store)).plan).toBe(defaultPlan);
  });
});
