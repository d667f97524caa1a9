// Feature gating in the pane: at each ExcelApi level, every action either goes into the open
// workbook or to its file-mode version, and no button is drawn for an action the host cannot do.
// Routes come from src/excel's feature table (capabilitiesAt), actions run on the fake Excel.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { defaultPlan } from "../../src/core/plan";
import { capabilitiesAt, createWorkbookPort } from "../../src/excel";
import { ConsolidateTab } from "../../src/taskpane/components/ConsolidateTab";
import { FormTab } from "../../src/taskpane/components/FormTab";
import type { TaskpaneActions } from "../../src/taskpane/host/actions";
import { excelActions } from "../../src/taskpane/host/excel-actions";
import { FILE_ROUTES } from "../../src/taskpane/host/file-actions";
import { gatedActions, routesFor } from "../../src/taskpane/host/gated-actions";
import { FakeExcel, FakeSettings } from "../fakes/fake-excel";

const noop = () => undefined;

/** File mode's actions, recording what the gate sent them (file mode itself is tested in Chromium). */
function recordingFileActions(calls: string[]): TaskpaneActions {
  const rec = (name: string) => async () => {
    calls.push(name);
    return { kind: "downloaded", fileName: `${name}.xlsx` } as never;
  };
  return {
    mode: "file",
    routes: FILE_ROUTES,
    capabilities: async () => capabilitiesAt(0),
    settings: { getSetting: async () => null, setSetting: async () => undefined },
    install: rec("install"),
    check: rec("check"),
    finalize: rec("finalize"),
    selectCell: async () => void calls.push("selectCell"),
    consolidate: rec("consolidate"),
    deliverSummary: rec("deliverSummary"),
    onWorkbookChanged: async () => noop,
  };
}

function paneAt(level: string) {
  const fake = new FakeExcel(["Sheet1"]);
  fake.apiVersion = level;
  const port = createWorkbookPort({ run: fake.run, runInContext: fake.runInContext, isSetSupported: fake.isSetSupported, settings: new FakeSettings() });
  const calls: string[] = [];
  const minor = level === "none" ? 0 : Number(level.split(".")[1]);
  const actions = gatedActions(excelActions(port), recordingFileActions(calls), capabilitiesAt(minor));
  return { fake, actions, calls };
}

function html(actions: TaskpaneActions): string {
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <FormTab actions={actions} plan={defaultPlan} unit="X_VINH_THAI" period="2024-Y" onUnit={noop} onPeriod={noop} />
      <ConsolidateTab actions={actions} plan={defaultPlan} period="2024-Y" asOf="2024-12-15" summary={null} onPeriod={noop} onAsOf={noop} onSummary={noop} onShowStatus={noop} />
    </FluentProvider>,
  );
}

describe("routes by ExcelApi level", () => {
  it.each([
    [0, { install: "file", check: "file", finalize: "none", consolidateOpenWorkbook: "none", deliverSummary: "file" }],
    [1, { install: "file", check: "excel", finalize: "none", consolidateOpenWorkbook: "excel", deliverSummary: "file" }],
    [2, { install: "excel", check: "excel", finalize: "excel", consolidateOpenWorkbook: "excel", deliverSummary: "excel" }],
    [21, { install: "excel", check: "excel", finalize: "excel", consolidateOpenWorkbook: "excel", deliverSummary: "excel" }],
  ])("ExcelApi level %i (0: none, 2: 1.2)", (minor, routes) => {
    expect(routesFor(capabilitiesAt(minor))).toEqual(routes);
  });
});

describe("the pane at each level", () => {
  it("no usable ExcelApi: file mode inside Excel — a file picker to check, downloads, no Hoàn tất, no open-workbook box", async () => {
    const { actions, calls, fake } = paneAt("none");
    const page = html(actions);
    expect(page).toContain('data-testid="check-file"');
    expect(page).not.toContain("Hoàn tất");
    expect(page).not.toContain("Gồm cả các trang biểu mẫu trong sổ đang mở");
    expect(page).toContain("tải về biểu mẫu trống");
    await actions.install(defaultPlan, "X_VINH_THAI", "2024-Y", false);
    await actions.deliverSummary(defaultPlan, {} as never);
    expect(calls).toEqual(["install", "deliverSummary"]);
    expect(fake.syncs).toBe(0);
  });

  it("ExcelApi 1.1 (Office 2016): checks the open workbook, downloads the form and the summary, no Hoàn tất", async () => {
    const { actions, calls } = paneAt("1.1");
    const page = html(actions);
    expect(page).not.toContain('data-testid="check-file"');
    expect(page).not.toContain("Hoàn tất");
    expect(page).toContain("Gồm cả các trang biểu mẫu trong sổ đang mở");
    await actions.install(defaultPlan, "X_VINH_THAI", "2024-Y", false);
    expect(calls).toEqual(["install"]);
    const checked = await actions.check(defaultPlan, null);
    expect(checked.kind).toBe("problem"); // an empty workbook has no form: read on the fake at 1.1
  });

  it("ExcelApi 1.2 and later: every action in Excel", async () => {
    const { actions, calls, fake } = paneAt("1.8");
    const page = html(actions);
    expect(page).toContain("Hoàn tất");
    expect(page).not.toContain('data-testid="check-file"');
    const installed = await actions.install(defaultPlan, "X_VINH_THAI", "2024-Y", false);
    expect(installed.kind).toBe("installed");
    expect(fake.sheetNames()).toContain("BaoCao");
    expect(calls).toEqual([]);
  });
});

