// One unit on one line: its name (a button that shows the reason on demand) and its badge.
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { StatusRow } from "../view/status-view";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  line: { display: "flex", alignItems: "center", columnGap: "6px", minHeight: "26px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  name: {
    flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", textAlign: "start",
    background: "none", border: "none", padding: "2px 0", cursor: "pointer", font: "inherit", color: tokens.colorNeutralForeground1,
  },
  detail: { display: "grid", rowGap: "2px", padding: "2px 0 6px 14px", color: tokens.colorNeutralForeground3 },
  alert: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function StatusUnitLine({ row }: { row: StatusRow }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <div data-unit={row.unit} data-status={row.status} role="listitem">
      <div className={styles.line}>
        <button type="button" className={styles.name} aria-expanded={open} title={row.reason} onClick={() => setOpen(!open)}>
          {open ? "▾ " : "▸ "}
          {row.unitName}
          {row.alerts.length > 0 ? " ⚠" : ""}
        </button>
        <StatusBadge row={row} />
      </div>
      {open ? (
        <div className={styles.detail} data-testid="unit-reason">
          <Caption1>{row.reason}</Caption1>
          {row.submitted ? <Caption1>Ngày nộp: {row.submitted}{row.dateSource ? ` (${row.dateSource.toLocaleLowerCase("vi")})` : ""}</Caption1> : null}
          {row.file ? <Caption1>Tệp: {row.file}</Caption1> : null}
          {row.alerts.map((a) => (
            <Caption1 key={a} className={styles.alert} data-testid="unit-alert">
              ⚠ {a}
            </Caption1>
          ))}
        </div>
      ) : null}
    </div>
  );
}
