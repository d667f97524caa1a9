// Numbers are written the Vietnamese way: "." groups thousands, "," marks decimals (1.234,5).

/** 1234.5 → "1.234,5"; decimals fixed when given, else up to 3 significant decimals. */
export function formatNumberVi(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return String(n);
  const fixed = decimals === undefined ? String(Math.round(n * 1000) / 1000) : n.toFixed(decimals);
  const negative = fixed.startsWith("-");
  const [intPart, frac] = (negative ? fixed.slice(1) : fixed).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (negative ? "-" : "") + grouped + (frac ? "," + frac : "");
}

/** A percentage with one decimal: 87.53 → "87,5 %". */
export function formatPercentVi(n: number): string {
  return `${formatNumberVi(n, 1)} %`;
}
