// The plan in use: the built-in one unless a plan file was loaded; a bad file's errors are
// listed precisely (place in the file + message) and the plan in use stays.
import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanError } from "../../core/plan";
import type { PlanChoice } from "../../usecases";
import { FilePickButton } from "./FilePickButton";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "8px", rowGap: "4px" },
  title: { flexGrow: 1, minWidth: "160px", color: tokens.colorNeutralForeground2 },
  errors: { margin: "4px 0 0", paddingLeft: "18px", maxHeight: "160px", overflowY: "auto" },
});

export interface PlanBarProps {
  choice: PlanChoice;
  errors: PlanError[];
  busy: boolean;
  onPlanFile: (file: File) => void;
  onDefault: () => void;
}

export function PlanBar({ choice, errors, busy, onPlanFile, onDefault }: PlanBarProps) {
  const styles = useStyles();
  return (
    <section aria-label="Kế hoạch báo cáo">
      <div className={styles.bar}>
        <Caption1 className={styles.title} data-testid="plan-title">
          Kế hoạch: {choice.plan.title}
          {choice.fileName ? ` (tệp ${choice.fileName})` : " (có sẵn)"}
        </Caption1>
        <FilePickButton label="Đổi kế hoạch…" accept=".json,application/json" testId="plan-file" disabled={busy} appearance="subtle" onFiles={(f) => onPlanFile(f[0])} />
        {choice.fileName ? (
          <Button appearance="subtle" disabled={busy} onClick={onDefault}>
            Dùng kế hoạch có sẵn
          </Button>
        ) : null}
      </div>
      {errors.length > 0 ? (
        <MessageBar intent="error" data-testid="plan-errors">
          <MessageBarBody>
            <MessageBarTitle>Tệp kế hoạch có {errors.length} lỗi, vẫn dùng kế hoạch hiện tại</MessageBarTitle>
            <ul className={styles.errors}>
              {errors.map((e, i) => (
                <li key={i}>
                  {e.path ? <code>{e.path}</code> : null}
                  {e.path ? ": " : null}
                  {e.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
