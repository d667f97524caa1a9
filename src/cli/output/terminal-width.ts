// How wide a table may be. On a terminal: its width (80 when it reports none), so that no row wraps
// onto a second line. Into a file or a pipe: no limit, the full table for scripts and logs.
// BDG_COLUMNS overrides both (a user's narrow window, a test).

export function terminalWidth(env: NodeJS.ProcessEnv = process.env, stdout: { isTTY?: boolean; columns?: number } = process.stdout): number | null {
  const forced = Number(env.BDG_COLUMNS);
  if (Number.isInteger(forced) && forced > 0) return forced;
  if (!stdout.isTTY) return null;
  return stdout.columns && stdout.columns > 0 ? stdout.columns : 80;
}
