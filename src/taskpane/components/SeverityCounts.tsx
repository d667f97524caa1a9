// Counts come first: how many errors and warnings, before any detail.
import { Badge, makeStyles } from "@fluentui/react-components";
import { formatNumberVi } from "../../core/text";
import { countsText } from "../view/counts-text";

const useStyles = makeStyles({ row: { display: "flex", gap: "8px", alignItems: "center", flexWrap: "wrap" } });

export function SeverityCounts({ errors, warnings }: { errors: number; warnings: number }) {
  const styles = useStyles();
  return (
    <div className={styles.row} data-testid="severity-counts" role="status" aria-label={countsText(errors, warnings)}>
      <Badge size="large" appearance={errors > 0 ? "filled" : "outline"} color={errors > 0 ? "danger" : "success"}>
        {formatNumberVi(errors)} lỗi
      </Badge>
      <Badge size="large" appearance={warnings > 0 ? "filled" : "outline"} color={warnings > 0 ? "warning" : "success"}>
        {formatNumberVi(warnings)} cảnh báo
      </Badge>
    </div>
  );
}
