// "Có phải ý bạn là …?": the known name closest to a misspelt one, by edit distance
// (insertions, deletions, substitutions and swaps of two neighbours each cost 1).

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("--perdio"). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2][j - 2] + 1);
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}

/**
 * The nearest known name, or null when none is close enough to be a typo: at most 2 edits, and
 * fewer than a third of the typed length ("--o" is not a typo of "--out-dir"). A unique prefix
 * also counts ("--inc" → "--include-invalid"). Ties go to the first known name.
 */
export function nearestName(typed: string, known: readonly string[]): string | null {
  const lower = typed.toLowerCase();
  const prefixed = known.filter((k) => lower.length >= 3 && k.startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of known) {
    const distance = editDistance(lower, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  const limit = Math.min(2, Math.max(1, Math.floor(lower.length / 3)));
  return best !== null && bestDistance <= limit ? best : null;
}
