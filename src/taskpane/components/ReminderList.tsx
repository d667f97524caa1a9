// Ready-to-copy reminder lines for missing, late and invalid reports: one unit at a time (copy,
// or open the officer's own mail program through mailto:), or all at once.
import { Button, Caption1, Link, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ReminderLine } from "../../usecases";
import { copyText } from "./copy-text";

export interface ReminderItem {
  line: ReminderLine;
  unitName: string;
  /** mailto: link with subject and body filled in (usecases/reminder-mailto.ts). */
  mailto: string;
}

const useStyles = makeStyles({
  box: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "6px" },
  row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" },
  unit: { display: "flex", gap: "6px", alignItems: "center", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, paddingBlock: "2px" },
  action: { flexShrink: 0, whiteSpace: "nowrap" },
  name: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

export function ReminderList({ items }: { items: ReminderItem[] }) {
  const styles = useStyles();
  const [copied, setCopied] = useState<string | null>(null);
  if (items.length === 0) return <Caption1 data-testid="reminders-empty">Không có đơn vị nào cần nhắc.</Caption1>;
  const all = items.map((i) => i.line.text).join("\n");
  const copy = (text: string, done: string) =>
    void copyText(text).then((ok) => setCopied(ok ? done : "Không sao chép được; hãy chọn và sao chép tay."));
  return (
    <div className={styles.box} data-testid="reminders">
      <div className={styles.row}>
        <Button size="small" onClick={() => copy(all, `Đã sao chép ${items.length} lời nhắc.`)}>
          Sao chép tất cả lời nhắc
        </Button>
        {copied ? <Caption1 role="status" data-testid="reminder-copied">{copied}</Caption1> : null}
      </div>
      <div data-testid="reminder-units">
        {items.map((i) => (
          <div key={i.line.unit} className={styles.unit} data-reminder-unit={i.line.unit}>
            <Caption1 className={styles.name} title={i.line.text}>
              {i.unitName}
            </Caption1>
            <Button size="small" appearance="subtle" className={styles.action} aria-label={`Sao chép lời nhắc cho ${i.unitName}`} onClick={() => copy(i.line.text, `Đã sao chép lời nhắc cho ${i.unitName}.`)}>
              Sao chép
            </Button>
            <Link href={i.mailto} className={styles.action} aria-label={`Soạn thư nhắc ${i.unitName}`}>
              Soạn thư
            </Link>
          </div>
        ))}
      </div>
      <Textarea readOnly value={all} resize="vertical" rows={Math.min(8, items.length + 1)} aria-label="Lời nhắc nộp báo cáo" />
    </div>
  );
}
