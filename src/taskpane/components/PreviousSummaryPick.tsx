// "So sánh với kỳ trước": the clerk picks the summary bdg made for an earlier period (docs/contract.md
// §4.5). It is read at once, so that a wrong file (a form, a summary of an old version) is said
// before "Tổng hợp", and it is only read: the picked file is never changed.
import { Button, Text, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { PreviousSummary } from "../../core/read";
import { formatDateVi } from "../../core/time";
import { pickedPreviousSummary, type SheetsReader } from "../../usecases";
import { readXlsx } from "../../xlsx/read";
import { inputFileOf } from "../host/browser-files";
import { ErrorBar } from "./ErrorBar";
import { FilePickButton } from "./FilePickButton";

const readSheets: SheetsReader = (bytes, wanted) => readXlsx(bytes, undefined, undefined, wanted);

const useStyles = makeStyles({ row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" } });

export interface PickedPrevious {
  fileName: string;
  previous: PreviousSummary;
}

export interface PreviousSummaryPickProps {
  picked: PickedPrevious | null;
  disabled: boolean;
  onPicked: (picked: PickedPrevious | null) => void;
}

export function PreviousSummaryPick({ picked, disabled, onPicked }: PreviousSummaryPickProps) {
  const styles = useStyles();
  const [error, setError] = useState<string | null>(null);

  async function pick(file: File) {
    setError(null);
    const outcome = await pickedPreviousSummary(inputFileOf(file), readSheets);
    if (!outcome.ok) {
      onPicked(null);
      return setError(outcome.message);
    }
    onPicked({ fileName: file.name, previous: outcome.previous });
  }

  return (
    <>
      <div className={styles.row}>
        <FilePickButton label="So sánh với kỳ trước…" accept=".xlsx" testId="previous-file" disabled={disabled} onFiles={(f) => void pick(f[0])} />
        <Text data-testid="previous-picked">
          {picked
            ? `Kỳ trước: ${picked.fileName} (kỳ ${picked.previous.period}${picked.previous.asOf ? `, tính đến ngày ${formatDateVi(picked.previous.asOf)}` : ""})`
            : "Không so sánh (chọn bảng tổng hợp kỳ trước do bdg tạo ra)"}
        </Text>
        {picked ? (
          <Button size="small" disabled={disabled} onClick={() => onPicked(null)}>
            Bỏ so sánh
          </Button>
        ) : null}
      </div>
      {error ? <ErrorBar message={error} /> : null}
    </>
  );
}
