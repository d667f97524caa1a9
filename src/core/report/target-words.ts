// A total against its target, in words (docs/domain.md §6 "target met or not"; §4 rules column):
//   ≥ (a floor): "vượt mục tiêu 80 %" above it, "đạt mục tiêu 80 %" on it, "thấp hơn mục tiêu 80 %" below;
//   ≤ (a cap, the sex ratio at birth): "trong giới hạn mục tiêu (không quá 111 …)", "cao hơn mục tiêu (không quá 111 …)";
//   = (100 %): "đạt mục tiêu 100 %" or "chưa đạt mục tiêu 100 %".
// The year is the plan's target year; the source is named, or the target said to be a local one
// (docs/domain.md §7 "Every target cites its source").
import type { TotalDetail } from "../consolidate/summary";
import type { Indicator, Plan, Target } from "../plan/schema";
import { formatNumberVi } from "../text/number-format";
import { lowerFirst, sentenceLabel } from "./words";

function targetValueText(value: number, unit: string): string {
  return `${formatNumberVi(value)} ${unit || "%"}`;
}

function sourceText(target: Target | undefined): string {
  if (!target) return "";
  if (target.local) return " (mục tiêu của địa phương)";
  return target.source ? ` (theo ${target.source})` : "";
}

/** Why a total with a value and a target was not judged: its base is too small (TL_CL04 below 30 births). */
function notJudgedText(plan: Plan, indicator: Indicator): string {
  const base = indicator.judgeMinBase;
  const first = base ? plan.indicators.find((i) => i.code === base.terms[0].code) : undefined;
  if (base && first) {
    return `chưa đánh giá so với mục tiêu vì ${lowerFirst(sentenceLabel(first))} dưới ${formatNumberVi(base.min)} ${first.unitOfMeasure}`.trimEnd();
  }
  return "chưa đánh giá so với mục tiêu";
}

/**
 * The clause after the value, without leading punctuation: "vượt mục tiêu năm 2025 là 80 % (theo …)".
 * null when the row has no target for the plan's year.
 */
export function targetClause(plan: Plan, indicator: Indicator, detail: TotalDetail, unit: string): string | null {
  const judged = detail.target;
  if (judged === null || detail.value === null) return null;
  const target = indicator.targets.find((t) => t.year === plan.targetYear);
  const goal = `mục tiêu năm ${plan.targetYear}`;
  const amount = targetValueText(judged.value, unit);
  const source = sourceText(target);
  if (judged.met === null) return `${notJudgedText(plan, indicator)} (${goal}: ${amount})`;
  switch (judged.op) {
    case ">=":
    case ">":
      if (!judged.met) return `thấp hơn ${goal} là ${amount}${source}`;
      return detail.value > judged.value ? `vượt ${goal} là ${amount}${source}` : `đạt ${goal} là ${amount}${source}`;
    case "<=":
    case "<":
      return judged.met ? `trong giới hạn ${goal} (không quá ${amount})${source}` : `cao hơn giới hạn ${goal} (không quá ${amount})${source}`;
    default:
      return judged.met ? `đạt ${goal} là ${amount}${source}` : `chưa đạt ${goal} là ${amount}${source}`;
  }
}

/** "đạt" reads for a share towards a floor; a ratio under a cap (bé trai/100 bé gái) just "is". */
export function rateVerb(detail: TotalDetail): string {
  const op = detail.target?.op;
  return op === "<=" || op === "<" ? "là" : "đạt";
}
