// "Tải dữ liệu dạng dài (.csv)": the long form of the summary shown, for the level above and for
// other tools (docs/contract.md §4.4), the same file as `bdg consolidate --csv`.
import { Button, Text, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { Summary } from "../../core/consolidate";
import type { Plan } from "../../core/plan";
import { CSV_MIME, longFormCsvFile } from "../../usecases";
import { downloadBytes } from "../host/browser-files";

const useStyles = makeStyles({ row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" } });

export function LongFormCsvButton({ plan, summary }: { plan: Plan; summary: Summary }) {
  const styles = useStyles();
  const [done, setDone] = useState<string | null>(null);

  function download() {
    const file = longFormCsvFile(plan, summary);
    downloadBytes(file.fileName, file.bytes, CSV_MIME);
    setDone(file.fileName);
  }

  return (
    <div className={styles.row} data-testid="long-form-csv">
      <Button onClick={download}>Tải dữ liệu dạng dài (.csv)</Button>
      {done ? <Text>Đã tải {done}: mỗi dòng một chỉ tiêu của một đơn vị, có dòng TOTAL; có số liệu nhạy cảm, chỉ gửi đúng nơi nhận.</Text> : null}
    </div>
  );
}
