// File mode has no workbook to remember settings in: the browser's local storage stands in.
import type { SettingsStore } from "../../usecases";

const PREFIX = "bao-cao-bdg:";

export function browserSettings(storage: Storage | null = safeLocalStorage()): SettingsStore {
  const memory = new Map<string, string>();
  return {
    async getSetting(key) {
      return storage ? storage.getItem(PREFIX + key) : (memory.get(key) ?? null);
    },
    async setSetting(key, value) {
      if (storage) storage.setItem(PREFIX + key, value);
      else memory.set(key, value);
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled (private mode, sandboxed frame)
  }
}
