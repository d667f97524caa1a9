// HostCapabilities for the task pane: what this Excel can do, and in Vietnamese what it cannot.
import type { HostCapabilities } from "../core/ports";
import { MSG } from "./messages";
import type { HostSupport } from "./support";

export function describeCapabilities(support: HostSupport): HostCapabilities {
  const limitations: string[] = [];
  if (!support.dataValidation) limitations.push(MSG.noDataValidation);
  if (!support.api17) limitations.push(MSG.noProtection, MSG.noFreezeOrTabColor, MSG.noChangeEvents);
  if (!support.insertFromBase64) limitations.push(MSG.noInsertFromBase64);
  return {
    inExcel: true,
    dataValidation: support.dataValidation,
    protection: support.api17,
    insertFromBase64: support.insertFromBase64,
    limitations,
  };
}
