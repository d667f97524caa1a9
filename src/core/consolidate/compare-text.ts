// Plain code-unit order: locale-independent, so the same inputs sort the same on every machine.
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
