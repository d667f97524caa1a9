// The pane's shared state: plan choice, unit, period and as-of day, loaded from the settings
// remembered in the workbook (browser storage in file mode) and saved when changed.
import { useCallback, useEffect, useState } from "react";
import type { PlanError } from "../core/plan";
import type { HostCapabilities } from "../core/ports";
import { choosePlanFile, loadPlanChoice, SETTING_KEYS, useDefaultPlan, type PlanChoice } from "../usecases";
import type { TaskpaneActions } from "./host/actions";
import { defaultPeriod, keepIfKnown } from "./view/default-period";
import { todayHcm } from "./view/today";

export interface TaskpaneState {
  capabilities: HostCapabilities;
  choice: PlanChoice;
  unit: string;
  period: string;
  asOf: string;
}

export function useTaskpaneState(actions: TaskpaneActions) {
  const [state, setState] = useState<TaskpaneState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [planErrors, setPlanErrors] = useState<PlanError[]>([]);
  const [planBusy, setPlanBusy] = useState(false);

  const withPlan = useCallback(
    async (choice: PlanChoice, capabilities: HostCapabilities): Promise<TaskpaneState> => {
      const today = todayHcm();
      const s = actions.settings;
      const unit = keepIfKnown(await s.getSetting(SETTING_KEYS.unit), choice.plan.units, choice.plan.units[0].code);
      const period = keepIfKnown(await s.getSetting(SETTING_KEYS.period), choice.plan.periods, defaultPeriod(choice.plan, today).code);
      return { capabilities, choice, unit, period, asOf: today };
    },
    [actions],
  );

  useEffect(() => {
    let live = true;
    (async () => {
      const capabilities = await actions.capabilities();
      const choice = await loadPlanChoice(actions.settings);
      const next = await withPlan(choice, capabilities);
      if (!live) return;
      setPlanErrors(choice.errors);
      setState(next);
    })().catch((err: unknown) => live && setLoadError(err instanceof Error ? err.message : String(err)));
    return () => {
      live = false;
    };
  }, [actions, withPlan]);

  const setUnit = (unit: string) => {
    setState((s) => (s ? { ...s, unit } : s));
    void actions.settings.setSetting(SETTING_KEYS.unit, unit);
  };
  const setPeriod = (period: string) => {
    setState((s) => (s ? { ...s, period } : s));
    void actions.settings.setSetting(SETTING_KEYS.period, period);
  };
  const setAsOf = (asOf: string) => setState((s) => (s ? { ...s, asOf } : s));

  async function applyChoice(task: () => Promise<PlanChoice | PlanError[]>) {
    if (!state) return;
    setPlanBusy(true);
    try {
      const result = await task();
      if (Array.isArray(result)) setPlanErrors(result);
      else {
        setPlanErrors([]);
        setState(await withPlan(result, state.capabilities));
      }
    } catch (err) {
      setPlanErrors([{ path: "", message: err instanceof Error ? err.message : String(err) }]);
    } finally {
      setPlanBusy(false);
    }
  }

  const loadPlanFile = (file: File) =>
    applyChoice(async () => {
      const outcome = await choosePlanFile(actions.settings, file.name, await file.text());
      return outcome.ok ? outcome.choice : outcome.errors;
    });
  const backToDefault = () => applyChoice(() => useDefaultPlan(actions.settings));

  return { state, loadError, planErrors, planBusy, setUnit, setPeriod, setAsOf, loadPlanFile, backToDefault };
}
