// Issues grouped by section of the form. Each issue is a button: clicking it selects its cell
// (Excel) or shows its address (file mode).
import { Caption1Strong, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core/issues";
import { renderIssue, severityLabel } from "../../core/issues/messages-vi";
import type { Plan } from "../../core/plan";
import { groupIssuesBySection } from "../view/group-issues";

const useStyles = makeStyles({
  group: { marginTop: "8px" },
  list: { listStyle: "none", margin: "4px 0 0", padding: 0, display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "4px" },
  item: {
    width: "100%",
    textAlign: "left",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
    padding: "6px 8px",
    cursor: "pointer",
    font: "inherit",
    fontSize: tokens.fontSizeBase200,
    ":hover": { background: tokens.colorNeutralBackground1Hover },
  },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, background: tokens.colorBrandBackground2 },
  error: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `4px solid ${tokens.colorPaletteYellowBorder2}` },
  cell: { color: tokens.colorNeutralForeground3, marginLeft: "4px" },
});

export interface IssueListProps {
  plan: Plan;
  issues: readonly Issue[];
  selected: Issue | null;
  onSelect: (issue: Issue) => void;
}

export function IssueList({ plan, issues, selected, onSelect }: IssueListProps) {
  const styles = useStyles();
  return (
    <div data-testid="issue-list">
      {groupIssuesBySection(plan, issues).map((group) => (
        <section key={group.key} className={styles.group} aria-label={group.title}>
          <Caption1Strong>
            {group.title} ({group.issues.length})
          </Caption1Strong>
          <ul className={styles.list}>
            {group.issues.map((issue, i) => (
              <li key={i}>
                <button
                  type="button"
                  className={mergeClasses(styles.item, styles[issue.severity], issue === selected && styles.selected)}
                  aria-pressed={issue === selected}
                  data-cell={issue.cell ?? ""}
                  onClick={() => onSelect(issue)}
                >
                  <strong>{severityLabel(issue.severity)}:</strong> {renderIssue(issue, plan)}
                  {issue.cell ? <span className={styles.cell}>({issue.cell})</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
