// The consolidation's progress bar: the one component that re-renders while files are read
// (it subscribes to the progress store; see view/progress-store.ts).
import { Field, ProgressBar } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import { progressText, type ProgressStore } from "../view/progress-store";

export function ConsolidateProgressBar({ store }: { store: ProgressStore }) {
  const progress = useSyncExternalStore(store.subscribe, store.get, store.get);
  if (progress === null) return null;
  return (
    <Field validationMessage={progressText(progress)} validationState="none">
      <ProgressBar value={progress.total === 0 ? undefined : progress.done / progress.total} data-testid="consolidate-progress" />
    </Field>
  );
}
