// Unit and period of the form (native selects: quick to use in a narrow pane, and accessible).
import { Field, Select, makeStyles } from "@fluentui/react-components";
import type { Plan } from "../../core/plan";
import { formatDateVi } from "../../core/time";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "8px" },
  // a native select is as wide as its longest option (the MTTQ's name): let it shrink to the pane
  fit: { minWidth: 0, width: "100%" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
});

export interface UnitPeriodPickerProps {
  plan: Plan;
  unit: string;
  period: string;
  disabled?: boolean;
  onUnit: (code: string) => void;
  onPeriod: (code: string) => void;
}

export function UnitPeriodPicker({ plan, unit, period, disabled, onUnit, onPeriod }: UnitPeriodPickerProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label="Đơn vị báo cáo">
        <Select className={styles.fit} select={{ className: styles.select }} value={unit} disabled={disabled} onChange={(_, d) => onUnit(d.value)} data-testid="unit-select">
          {plan.units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name}
            </option>
          ))}
        </Select>
      </Field>
      <PeriodSelect plan={plan} period={period} disabled={disabled} onPeriod={onPeriod} />
    </div>
  );
}

export function PeriodSelect({ plan, period, disabled, onPeriod }: Pick<UnitPeriodPickerProps, "plan" | "period" | "disabled" | "onPeriod">) {
  const styles = useStyles();
  return (
    <Field label="Kỳ báo cáo">
      <Select className={styles.fit} select={{ className: styles.select }} value={period} disabled={disabled} onChange={(_, d) => onPeriod(d.value)} data-testid="period-select">
        {plan.periods.map((p) => (
          <option key={p.code} value={p.code}>
            {p.label} (hạn {formatDateVi(p.due)})
          </option>
        ))}
      </Select>
    </Field>
  );
}
