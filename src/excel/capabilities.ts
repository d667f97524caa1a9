// HostCapabilities for the task pane: what this Excel can do, feature by feature (from the one
// table, features.ts), and in Vietnamese what it cannot and what the pane offers instead.
import type { FeatureAvailability, HostCapabilities, HostFeature } from "../core/ports";
import { FEATURES, versionText } from "./features";
import { MSG } from "./messages";
import { supportAt, type HostSupport } from "./support";

const HOST_FEATURES: readonly HostFeature[] = [
  "install",
  "validate",
  "markErrors",
  "finalize",
  "consolidateOpenWorkbook",
  "writeSummary",
  "protection",
  "freezeAndTabColor",
  "changeEvents",
  "dataValidation",
  "charts",
];

export function describeCapabilities(support: HostSupport): HostCapabilities {
  const features = {} as Record<HostFeature, FeatureAvailability>;
  const limitations: string[] = [];
  for (const id of HOST_FEATURES) {
    const spec = FEATURES[id];
    const available = support.has(id);
    features[id] = { available, needs: versionText(spec.needs), label: spec.label };
    if (!available) limitations.push(MSG.unavailable(id, spec.label, versionText(spec.needs), support.level));
  }
  return {
    inExcel: true,
    apiVersion: support.level > 0 ? versionText(support.level) : null,
    features,
    dataValidation: support.dataValidation,
    protection: support.protection,
    insertFromBase64: support.insertFromBase64,
    limitations,
  };
}

/** What an Excel at this ExcelApi level can do (0: none): for the pane's tests and previews. */
export function capabilitiesAt(level: number): HostCapabilities {
  return describeCapabilities(supportAt(level));
}

/** File mode (a plain browser): no Excel; every action works on files instead. */
export function fileModeCapabilities(): HostCapabilities {
  return { ...capabilitiesAt(0), inExcel: false, limitations: [] };
}
