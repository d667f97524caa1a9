// The consolidation's progress, held outside React state. The tab that starts the work does not
// re-render on each step: only the progress bar subscribes (useSyncExternalStore), so a step costs
// one small render, never the whole tab with the previous summary in it.
import { formatNumberVi } from "../../core/text";
import type { ConsolidateProgress } from "../../usecases";

export interface ProgressStore {
  get(): ConsolidateProgress | null;
  set(progress: ConsolidateProgress | null): void;
  subscribe(listener: () => void): () => void;
}

export function progressStore(): ProgressStore {
  let current: ConsolidateProgress | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(progress) {
      current = progress;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** "Đã đọc 1.234/5.000 tệp" under the bar. */
export function progressText(progress: ConsolidateProgress): string {
  return `Đã đọc ${formatNumberVi(progress.done)}/${formatNumberVi(progress.total)} tệp`;
}
