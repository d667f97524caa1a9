// "Biểu đồ" under the summary: the Word report's charts (docs/contract.md §4.4), drawn as SVG by the
// same renderer, shown as images (an <img> never runs what an SVG holds, whatever a plan file's
// names contain). Only values that passed the small-number rule reach a chart (docs/domain.md §8).
import { Button, Caption1, Text, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Summary } from "../../core/consolidate";
import { findPeriod, type Plan } from "../../core/plan";
import { chartList, reportCharts, type ChartSpec } from "../../core/report";
import { ErrorBar, errorMessage } from "./ErrorBar";

const useStyles = makeStyles({
  box: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "10px" },
  figure: { margin: 0, display: "grid", rowGap: "2px" },
  image: { width: "100%", height: "auto", border: "1px solid #e0e0e0", backgroundColor: "#fff" },
});

/** Chart specs → SVG texts (the lazy ECharts chunk in the pane; tests give their own). */
export type ChartRenderer = (specs: readonly ChartSpec[]) => Promise<string[]>;

interface Drawn {
  spec: ChartSpec;
  url: string;
}

export interface SummaryChartsProps {
  plan: Plan;
  summary: Summary;
  render: ChartRenderer;
}

export function SummaryCharts({ plan, summary, render }: SummaryChartsProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [drawn, setDrawn] = useState<Drawn[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    let alive = true;
    const urls: string[] = [];
    const period = findPeriod(plan, summary.period);
    const specs = period ? chartList(reportCharts(plan, summary, period)) : [];
    setError(null);
    render(specs).then(
      (svgs) => {
        const made = svgs.map((svg, i) => ({ spec: specs[i], url: URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" })) }));
        urls.push(...made.map((d) => d.url));
        if (alive) setDrawn(made);
      },
      (err: unknown) => alive && setError(`Không vẽ được biểu đồ: ${errorMessage(err)}`),
    );
    return () => {
      alive = false;
      for (const url of urls) URL.revokeObjectURL(url);
      setDrawn(null);
    };
  }, [open, plan, summary, render]);

  return (
    <div className={styles.box} data-testid="summary-charts">
      <div>
        <Button onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? "Ẩn biểu đồ" : "Xem biểu đồ"}
        </Button>
      </div>
      {error ? <ErrorBar message={error} /> : null}
      {open && drawn === null && !error ? <Text>Đang vẽ biểu đồ…</Text> : null}
      {open && drawn?.length === 0 ? <Text>Chưa có số liệu để vẽ biểu đồ.</Text> : null}
      {open && drawn
        ? drawn.map(({ spec, url }) => (
            <figure key={spec.id} className={styles.figure} data-chart={spec.id}>
              <Text weight="semibold">{spec.caption}</Text>
              <img className={styles.image} src={url} alt={spec.caption} width={spec.width} height={spec.height} />
              {spec.note ? <Caption1>{spec.note}</Caption1> : null}
            </figure>
          ))
        : null}
    </div>
  );
}
