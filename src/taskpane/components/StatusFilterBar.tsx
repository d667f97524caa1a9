// The status tab's filter: part of a unit's name (any case, with or without diacritics) and a group.
import { Dropdown, Input, Option, makeStyles } from "@fluentui/react-components";
import { STATUS_GROUP_ORDER, type StatusFilter, type StatusGroupKey } from "../view/status-groups";

// Fluent's Dropdown and Input have a minimum width wider than half a narrow pane: let them shrink.
const useStyles = makeStyles({
  bar: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: "6px" },
  field: { minWidth: 0, width: "100%" },
});

export function StatusFilterBar({ filter, present, onChange }: { filter: StatusFilter; present: ReadonlySet<StatusGroupKey>; onChange: (f: StatusFilter) => void }) {
  const styles = useStyles();
  const groups = STATUS_GROUP_ORDER.filter((g) => present.has(g.key));
  const title = (key: StatusFilter["group"]) => (key === "all" ? "Mọi nhóm" : (STATUS_GROUP_ORDER.find((g) => g.key === key)?.title ?? key));
  return (
    <div className={styles.bar}>
      <Input
        className={styles.field}
        size="small"
        value={filter.text}
        placeholder="Lọc theo tên đơn vị"
        aria-label="Lọc theo tên đơn vị"
        onChange={(_, d) => onChange({ ...filter, text: d.value })}
      />
      <Dropdown
        className={styles.field}
        size="small"
        aria-label="Lọc theo nhóm"
        value={title(filter.group)}
        selectedOptions={[filter.group]}
        onOptionSelect={(_, d) => onChange({ ...filter, group: (d.optionValue ?? "all") as StatusFilter["group"] })}
      >
        <Option value="all">Mọi nhóm</Option>
        {groups.map((g) => (
          <Option key={g.key} value={g.key}>
            {g.title}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
