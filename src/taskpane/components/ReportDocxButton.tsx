// "Tải báo cáo Word (.docx)": downloads the drafted report of the summary shown (docs/contract.md
// §4.4), the same report as `bdg consolidate --docx`. The writer is passed in (lazy-report.ts in the
// pane), so the button can be drawn and tested without it.
import { Button, Text, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { Summary } from "../../core/consolidate";
import type { Plan } from "../../core/plan";
import { DOCX_MIME, reportDocx, type ReportWriter } from "../../usecases";
import { downloadBytes } from "../host/browser-files";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({ row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" } });

export interface ReportDocxButtonProps {
  plan: Plan;
  summary: Summary;
  write: ReportWriter;
  /** Offers the bytes to the officer (a download in the pane). */
  save?: (fileName: string, bytes: Uint8Array) => void;
}

export function ReportDocxButton({ plan, summary, write, save = (name, bytes) => downloadBytes(name, bytes, DOCX_MIME) }: ReportDocxButtonProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    setDone(null);
    const outcome = await reportDocx(plan, summary, write);
    setBusy(false);
    if (!outcome.ok) return setError(outcome.message);
    save(outcome.fileName, outcome.bytes);
    setDone(outcome.fileName);
  }

  return (
    <div className={styles.row} data-testid="report-docx">
      <Button disabled={busy} onClick={() => void download()}>
        {busy ? "Đang tạo báo cáo Word…" : "Tải báo cáo Word (.docx)"}
      </Button>
      {done ? <Text>Đã tải {done}: dự thảo báo cáo, điền các chỗ “…” rồi ký, gửi.</Text> : null}
      {error ? <ErrorBar message={error} /> : null}
    </div>
  );
}
