// "Tổng hợp": the clerk picks the .xlsx files received (many at once; no folder picker), sets the
// as-of day, and consolidates with a progress bar. In Excel the open workbook's form sheets count too.
// While files are read only the progress bar re-renders (it has its own store), and the previous
// summary is not drawn: it is about to be replaced, and re-drawing its list of files not used on
// every step cost more than reading the files.
import { Button, Checkbox, Text, makeStyles } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Summary } from "../../core/consolidate";
import type { Plan } from "../../core/plan";
import { formatNumberVi } from "../../core/text";
import { DateField } from "./DateField";
import { FolderPickDrop } from "./FolderPickDrop";
import type { DeliverResult, ReceiptsOutcome, TaskpaneActions } from "../host/actions";
import { progressStore } from "../view/progress-store";
import { ConfirmReplaceSheetsDialog } from "./ConfirmReplaceDialog";
import { ConsolidateProgressBar } from "./ConsolidateProgressBar";
import { ErrorBar, errorMessage } from "./ErrorBar";
import { FilePickButton } from "./FilePickButton";
import { SummaryOverview } from "./SummaryOverview";
import { ReceiptsNote } from "./ReceiptsNote";
import { ReportDocxButton } from "./ReportDocxButton";
import { writeReportLazily } from "../host/lazy-report";
import { PeriodSelect } from "./UnitPeriodPicker";
import { PreviousSummaryPick, type PickedPrevious } from "./PreviousSummaryPick";
import { LongFormCsvButton } from "./LongFormCsvButton";
import { SummaryCharts } from "./SummaryCharts";
import { chartSvgsLazily } from "../host/lazy-charts";

const useStyles = makeStyles({ tab: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "10px" }, row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" } });

export interface ConsolidateTabProps {
  actions: TaskpaneActions;
  plan: Plan;
  period: string;
  asOf: string;
  summary: Summary | null;
  onPeriod: (code: string) => void;
  onAsOf: (iso: string) => void;
  onSummary: (summary: Summary) => void;
  onShowStatus: () => void;
}

export function ConsolidateTab(props: ConsolidateTabProps) {
  const { actions, plan, period, asOf, summary } = props;
  const styles = useStyles();
  const [files, setFiles] = useState<File[]>([]);
  const [includeOpen, setIncludeOpen] = useState(true);
  const [includeInvalid, setIncludeInvalid] = useState(false);
  const [progress] = useState(progressStore);
  /** A consolidation is running (busy also covers delivering the summary). */
  const [running, setRunning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [delivered, setDelivered] = useState<DeliverResult | null>(null);
  const [registerFile, setRegisterFile] = useState<File | null>(null);
  const [receipts, setReceipts] = useState<ReceiptsOutcome | null>(null);
  const [previous, setPrevious] = useState<PickedPrevious | null>(null);
  /** Sheets of the summary's names that bdg did not write: the officer is asked first. */
  const [ask, setAsk] = useState<string[] | null>(null);
  // the open workbook's forms count only where this Excel can read them (feature gating)
  const excel = actions.routes.consolidateOpenWorkbook === "excel";

  async function consolidate() {
    setBusy(true);
    setRunning(true);
    setError(null);
    setDelivered(null);
    setReceipts(null);
    progress.set({ done: 0, total: files.length, file: "" });
    try {
      const result = await actions.consolidate({
        plan, periodCode: period, asOf, files, includeOpenWorkbook: excel && includeOpen, includeInvalid, onProgress: progress.set, registerFile,
        previous: previous?.previous ?? null,
      });
      props.onSummary(result.summary);
      setReceipts(result.receipts);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      progress.set(null);
      setRunning(false);
      setBusy(false);
    }
  }

  // A stable callback, so the memoized summary view skips the tab's other re-renders (picking files, ticking a box).
  const deliver = useCallback(async (confirmed = false) => {
    if (!summary) return;
    setAsk(null);
    setBusy(true);
    setError(null);
    try {
      const result = await actions.deliverSummary(plan, summary, confirmed);
      if (result.kind === "needs_confirmation") setAsk(result.sheets);
      else setDelivered(result);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }, [actions, plan, summary]);
  const onDeliver = useCallback(() => void deliver(), [deliver]);

  const nothingToRead = files.length === 0 && !(excel && includeOpen);
  return (
    <div className={styles.tab}>
      <PeriodSelect plan={plan} period={period} disabled={busy} onPeriod={props.onPeriod} />
      <DateField label="Tính đến ngày (dd/mm/yyyy)" hint="Đơn vị chưa nộp trước ngày này: chưa đến hạn hoặc quá hạn." value={asOf} disabled={busy} testId="as-of" onChange={props.onAsOf} />
      <div className={styles.row}>
        <FilePickButton label="Chọn các tệp .xlsx…" accept=".xlsx" multiple testId="consolidate-files" disabled={busy} onFiles={setFiles} />
        <Text data-testid="picked-count">{files.length === 0 ? "Chưa chọn tệp nào" : `Đã chọn ${formatNumberVi(files.length)} tệp`}</Text>
      </div>
      <FolderPickDrop disabled={busy} onFiles={setFiles} />
      {excel ? (
        <Checkbox checked={includeOpen} onChange={(_, d) => setIncludeOpen(Boolean(d.checked))} label="Gồm cả các trang biểu mẫu trong sổ đang mở" />
      ) : null}
      <Checkbox checked={includeInvalid} onChange={(_, d) => setIncludeInvalid(Boolean(d.checked))} label="Vẫn cộng số liệu của báo cáo có lỗi" />
      {excel ? null : (
        <div className={styles.row}>
          <FilePickButton label="Chọn sổ nhận (.json)…" accept=".json" testId="register-file" disabled={busy} onFiles={(f) => setRegisterFile(f[0] ?? null)} />
          <Text data-testid="register-picked">
            {registerFile ? `Sổ nhận: ${registerFile.name}` : "Chưa chọn sổ nhận: sẽ bắt đầu sổ mới"}
          </Text>
        </div>
      )}
      <PreviousSummaryPick picked={previous} disabled={busy} onPicked={setPrevious} />
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || nothingToRead} onClick={() => void consolidate()}>
          Tổng hợp
        </Button>
      </div>
      <ConsolidateProgressBar store={progress} />
      {error ? <ErrorBar message={error} /> : null}
      {receipts && !running ? <ReceiptsNote receipts={receipts} /> : null}
      {running ? null : summary ? (
        <SummaryOverview plan={plan} mode={actions.routes.deliverSummary === "excel" ? "excel" : "file"} summary={summary} delivered={delivered} busy={busy} onDeliver={onDeliver} onShowStatus={props.onShowStatus} />
      ) : (
        <Text data-testid="summary-empty">Chưa có bảng tổng hợp. Chọn các tệp báo cáo nhận được rồi bấm “Tổng hợp”.</Text>
      )}
      {summary && !running ? <SummaryCharts plan={plan} summary={summary} render={chartSvgsLazily} /> : null}
      {summary && !running ? <ReportDocxButton plan={plan} summary={summary} write={writeReportLazily} /> : null}
      {summary && !running ? <LongFormCsvButton plan={plan} summary={summary} /> : null}
      <ConfirmReplaceSheetsDialog sheets={ask} onConfirm={() => void deliver(true)} onCancel={() => setAsk(null)} />
    </div>
  );
}
