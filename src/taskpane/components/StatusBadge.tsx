// A unit's submission status as a coloured badge (the words carry the meaning, not only the colour).
// Fluent's Badge has a fixed height: a long label ("Chưa nhận (không bắt buộc)") at the pane's
// width would run over its border, so the badge grows to its text and never shrinks below it.
import { Badge, makeStyles } from "@fluentui/react-components";
import type { StatusRow } from "../view/status-view";

const useStyles = makeStyles({ fit: { height: "auto", minHeight: "20px", whiteSpace: "nowrap", flexShrink: 0, maxWidth: "none" } });

export function StatusBadge({ row }: { row: Pick<StatusRow, "label" | "tone"> }) {
  const styles = useStyles();
  return (
    <Badge appearance="tint" color={row.tone} shape="rounded" className={styles.fit} data-testid="status-badge">
      {row.label}
    </Badge>
  );
}
