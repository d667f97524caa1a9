// What every chart of the report shares: the serif of the document, black text on white, no
// animation (a chart is rendered once, to a file), and the palette of the statuses and judgements.
import { CHART_FONT } from "./chart-spec";

export const BASE_OPTION = {
  animation: false,
  backgroundColor: "#ffffff",
  textStyle: { fontFamily: CHART_FONT, fontSize: 13, color: "#000000" },
} as const;

export const COLOR = {
  met: "#2E7D32",
  missed: "#C62828",
  notJudged: "#9E9E9E",
  target: "#B0BEC5",
  women: "#AD1457",
  men: "#1565C0",
  age: "#00897B",
  count: "#1F4E79",
} as const;

/** A data item whose label is the given text (already formatted the Vietnamese way, or "< 5"). */
export function labelled(value: number | null, text: string, color?: string): Record<string, unknown> {
  return { value, label: { show: true, formatter: text }, ...(color ? { itemStyle: { color } } : {}) };
}
