// Ready-to-copy reminder lines for missing, late and invalid reports.
import { Button, Caption1, Textarea, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { ReminderLine } from "../../usecases";
import { copyText } from "./copy-text";

const useStyles = makeStyles({ box: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "6px" }, row: { display: "flex", gap: "8px", alignItems: "center" } });

export function ReminderList({ lines }: { lines: ReminderLine[] }) {
  const styles = useStyles();
  const [copied, setCopied] = useState<string | null>(null);
  if (lines.length === 0) return <Caption1 data-testid="reminders-empty">Không có đơn vị nào cần nhắc.</Caption1>;
  const all = lines.map((l) => l.text).join("\n");
  return (
    <div className={styles.box} data-testid="reminders">
      <div className={styles.row}>
        <Button
          size="small"
          onClick={() => void copyText(all).then((ok) => setCopied(ok ? `Đã sao chép ${lines.length} lời nhắc.` : "Không sao chép được; hãy chọn và sao chép tay."))}
        >
          Sao chép tất cả lời nhắc
        </Button>
        {copied ? <Caption1 role="status">{copied}</Caption1> : null}
      </div>
      <Textarea readOnly value={all} resize="vertical" rows={Math.min(8, lines.length + 1)} aria-label="Lời nhắc nộp báo cáo" />
    </div>
  );
}
