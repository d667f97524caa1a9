// The task pane: plan bar, host message, then three tabs (Biểu mẫu, Tổng hợp, Tình hình nộp).
import { Divider, FluentProvider, Spinner, Tab, TabList, Title3, makeStyles, webLightTheme } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import type { Summary } from "../core/consolidate";
import { CapabilityBar } from "./components/CapabilityBar";
import { ConsolidateTab } from "./components/ConsolidateTab";
import { ErrorBar } from "./components/ErrorBar";
import { FormTab } from "./components/FormTab";
import { PlanBar } from "./components/PlanBar";
import { StatusTab } from "./components/StatusTab";
import type { TaskpaneActions } from "./host/actions";
import { useTaskpaneState } from "./use-taskpane-state";

const useStyles = makeStyles({
  // minmax(0, 1fr): a grid column otherwise grows to its widest child; a task pane is narrow
  root: { minHeight: "100vh", boxSizing: "border-box", padding: "12px", display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "10px", alignContent: "start" },
});

type TabKey = "form" | "consolidate" | "status";

export function App({ actions }: { actions: TaskpaneActions }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <Pane actions={actions} />
    </FluentProvider>
  );
}

function Pane({ actions }: { actions: TaskpaneActions }) {
  const styles = useStyles();
  const pane = useTaskpaneState(actions);
  const [tab, setTab] = useState<TabKey>("form");
  const [summary, setSummary] = useState<Summary | null>(null);
  const { state } = pane;
  const showStatus = useCallback(() => setTab("status"), []);

  return (
    <main className={styles.root}>
      <Title3 as="h1">Báo cáo BĐG</Title3>
      {pane.loadError ? <ErrorBar title="Không khởi động được" message={pane.loadError} /> : null}
      {!state ? (
        pane.loadError ? null : <Spinner label="Đang tải…" />
      ) : (
        <>
          <PlanBar choice={state.choice} errors={pane.planErrors} busy={pane.planBusy} onPlanFile={(f) => void pane.loadPlanFile(f)} onDefault={() => void pane.backToDefault()} />
          <CapabilityBar mode={actions.mode} capabilities={state.capabilities} />
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabKey)}>
            <Tab value="form">Biểu mẫu</Tab>
            <Tab value="consolidate">Tổng hợp</Tab>
            <Tab value="status">Tình hình nộp</Tab>
          </TabList>
          <Divider />
          <div hidden={tab !== "form"}>
            <FormTab actions={actions} plan={state.choice.plan} unit={state.unit} period={state.period} onUnit={pane.setUnit} onPeriod={pane.setPeriod} />
          </div>
          <div hidden={tab !== "consolidate"}>
            <ConsolidateTab
              actions={actions}
              plan={state.choice.plan}
              period={state.period}
              asOf={state.asOf}
              summary={summary?.plan === state.choice.plan.id ? summary : null}
              onPeriod={pane.setPeriod}
              onAsOf={pane.setAsOf}
              onSummary={setSummary}
              onShowStatus={showStatus}
            />
          </div>
          <div hidden={tab !== "status"}>
            <StatusTab plan={state.choice.plan} summary={summary?.plan === state.choice.plan.id ? summary : null} />
          </div>
        </>
      )}
    </main>
  );
}
