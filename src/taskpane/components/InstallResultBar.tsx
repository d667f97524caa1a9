// What "Cài biểu mẫu" did: installed (values kept, features degraded on this Excel) or downloaded.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { InstallResult } from "../host/actions";

export function InstallResultBar({ result }: { result: InstallResult }) {
  if (result.kind === "needs_confirmation") return null;
  if (result.kind === "failed") {
    return (
      <MessageBar intent="error" data-testid="install-result">
        <MessageBarBody>{result.message}</MessageBarBody>
      </MessageBar>
    );
  }
  if (result.kind === "downloaded") {
    return (
      <MessageBar intent="success" data-testid="install-result">
        <MessageBarBody>
          <MessageBarTitle>Đã tải về {result.fileName}</MessageBarTitle>
          Mở tệp bằng Excel, nhập số liệu vào cột “Số liệu kỳ báo cáo”, lưu lại, rồi dùng “Kiểm tra” để kiểm tra tệp.
        </MessageBarBody>
      </MessageBar>
    );
  }
  const degraded = result.report.degraded;
  return (
    <MessageBar intent={degraded.length > 0 ? "warning" : "success"} data-testid="install-result">
      <MessageBarBody>
        <MessageBarTitle>{result.replaced ? "Đã cài lại biểu mẫu" : "Đã cài biểu mẫu"}</MessageBarTitle>
        {result.replaced ? `Giữ lại ${result.keptValues} số liệu đã nhập. ` : null}
        Nhập số liệu vào các ô trắng của cột “Số liệu kỳ báo cáo”, rồi bấm “Kiểm tra”.
        {degraded.length > 0 ? (
          <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
            {degraded.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
