// A unit's submission status as a coloured badge (the words carry the meaning, not only the colour).
import { Badge } from "@fluentui/react-components";
import type { StatusRow } from "../view/status-view";

export function StatusBadge({ row }: { row: Pick<StatusRow, "label" | "tone"> }) {
  return (
    <Badge appearance="tint" color={row.tone} shape="rounded">
      {row.label}
    </Badge>
  );
}
