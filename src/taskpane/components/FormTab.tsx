// "Biểu mẫu": the officer's tab. Cài biểu mẫu → nhập số liệu → Kiểm tra → Hoàn tất.
import { Button, Spinner, Text, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Issue } from "../../core/issues";
import type { Plan } from "../../core/plan";
import type { ExistingForm, FinalizeOutcome } from "../../usecases";
import type { CheckResult, InstallResult, TaskpaneActions } from "../host/actions";
import { nowIso } from "../view/today";
import { CheckResultView } from "./CheckResultView";
import { ConfirmReplaceDialog } from "./ConfirmReplaceDialog";
import { ErrorBar, errorMessage } from "./ErrorBar";
import { FilePickButton } from "./FilePickButton";
import { FinalizeResultView } from "./FinalizeResultView";
import { InstallResultBar } from "./InstallResultBar";
import { StaleBar } from "./StaleBar";
import { UnitPeriodPicker } from "./UnitPeriodPicker";

const useStyles = makeStyles({
  tab: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "10px" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
});

type Busy = null | "install" | "check" | "finalize";

export interface FormTabProps {
  actions: TaskpaneActions;
  plan: Plan;
  unit: string;
  period: string;
  onUnit: (code: string) => void;
  onPeriod: (code: string) => void;
}

export function FormTab({ actions, plan, unit, period, onUnit, onPeriod }: FormTabProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const [installed, setInstalled] = useState<InstallResult | null>(null);
  const [confirm, setConfirm] = useState<ExistingForm | null>(null);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [stale, setStale] = useState(false);
  const [selected, setSelected] = useState<Issue | null>(null);
  const [finalized, setFinalized] = useState<FinalizeOutcome | null>(null);

  // After a check of the open workbook, any change to it makes the result stale.
  useEffect(() => {
    if (!check || actions.routes.check !== "excel") return;
    let unsubscribe: (() => void) | null = null;
    let live = true;
    void actions.onWorkbookChanged(() => setStale(true)).then((off) => (live ? (unsubscribe = off) : off()));
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [check, actions]);

  async function run<T>(what: Busy, task: () => Promise<T>): Promise<T | undefined> {
    setBusy(what);
    setError(null);
    try {
      return await task();
    } catch (err) {
      setError(errorMessage(err));
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  async function install(confirmReplace: boolean) {
    setConfirm(null);
    const result = await run("install", () => actions.install(plan, unit, period, confirmReplace));
    if (!result) return;
    if (result.kind === "needs_confirmation") setConfirm(result.existing);
    else setInstalled(result);
  }

  async function runCheck(file: File | null) {
    const result = await run("check", () => actions.check(plan, file));
    if (!result) return;
    setCheck(result);
    setStale(false);
    setSelected(null);
    setFinalized(null);
  }

  async function finalize(file: File | null = null) {
    const outcome = await run("finalize", () => actions.finalize(plan, nowIso(), file));
    if (!outcome) return;
    setFinalized(outcome);
    if (outcome.kind !== "no_form") {
      // finalize judged the form afresh (and its stamp in _meta is a change of ours): its verdict replaces the check's
      setCheck(null);
      setStale(false);
      setSelected(null);
    }
  }

  async function select(issue: Issue) {
    setSelected(issue);
    if (issue.cell) await run(null, () => actions.selectCell(issue.cell as string));
  }

  // Each action goes where this host can do it (feature gating: host/gated-actions.ts).
  const fileCheck = actions.routes.check === "file";
  const fileInstall = actions.routes.install === "file";
  return (
    <div className={styles.tab}>
      <UnitPeriodPicker plan={plan} unit={unit} period={period} disabled={busy !== null} onUnit={onUnit} onPeriod={onPeriod} />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void install(false)}>
          {fileInstall ? "Tải biểu mẫu" : "Cài biểu mẫu"}
        </Button>
        {fileCheck ? (
          <FilePickButton label="Kiểm tra" accept=".xlsx" testId="check-file" disabled={busy !== null} onFiles={(f) => void runCheck(f[0])} />
        ) : (
          <Button disabled={busy !== null} onClick={() => void runCheck(null)}>
            Kiểm tra
          </Button>
        )}
        {actions.routes.finalize === "file" ? (
          <FilePickButton label="Hoàn tất" accept=".xlsx,.xlsm" testId="finalize-file" disabled={busy !== null} onFiles={(f) => void finalize(f[0])} />
        ) : actions.routes.finalize !== "excel" ? null : (
          <Button disabled={busy !== null} onClick={() => void finalize()}>
            Hoàn tất
          </Button>
        )}
        {busy ? <Spinner size="tiny" label={busy === "install" ? "Đang cài…" : busy === "check" ? "Đang kiểm tra…" : busy === "finalize" ? "Đang hoàn tất…" : "Đang chọn ô…"} /> : null}
      </div>
      {fileInstall || fileCheck ? (
        <Text size={200} data-testid="file-route-help">
          {fileInstall ? "“Tải biểu mẫu” tải về biểu mẫu trống của đơn vị và kỳ đã chọn. " : ""}
          {fileCheck ? "“Kiểm tra” mở một tệp .xlsx đã nhập số liệu. " : ""}
          {actions.routes.finalize === "file" ? "“Hoàn tất” tải về bản sao có dấu thời điểm hoàn tất; tệp gốc giữ nguyên." : ""}
        </Text>
      ) : null}
      {error ? <ErrorBar message={error} /> : null}
      {installed ? <InstallResultBar result={installed} /> : null}
      {finalized ? <FinalizeResultView plan={plan} outcome={finalized} selected={selected} onSelect={(i) => void select(i)} /> : null}
      {stale && !fileCheck ? <StaleBar disabled={busy !== null} onRecheck={() => void runCheck(null)} /> : null}
      {check ? (
        <CheckResultView plan={plan} mode={fileCheck ? "file" : "excel"} result={check} selected={selected} onSelect={(i) => void select(i)} />
      ) : finalized && finalized.kind !== "no_form" ? null : (
        <Text data-testid="check-empty">
          Chưa kiểm tra. {fileCheck ? "Bấm “Kiểm tra” và chọn tệp biểu mẫu đã nhập." : "Nhập số liệu rồi bấm “Kiểm tra”."}
        </Text>
      )}
      <ConfirmReplaceDialog existing={confirm} onConfirm={() => void install(true)} onCancel={() => setConfirm(null)} />
    </div>
  );
}
