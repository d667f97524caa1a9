// What this host cannot do, said plainly (docs/architecture.md "Rules of the road": requirement sets
// are checked at run time and degrade with a message, the add-in is never hidden), with what the pane offers instead (the file-mode version of the same
// action: feature gating, host/gated-actions.ts), and in file mode, what file mode means.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostCapabilities } from "../../core/ports";
import type { HostMode } from "../host/actions";

function Lines({ lines }: { lines: string[] }) {
  return (
    <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

export function CapabilityBar({ mode, capabilities }: { mode: HostMode; capabilities: HostCapabilities }) {
  if (mode === "file") {
    return (
      <MessageBar intent={capabilities.limitations.length > 0 ? "warning" : "info"} data-testid="capability-bar">
        <MessageBarBody>
          <MessageBarTitle>Chế độ tệp</MessageBarTitle>
          Ngăn này đang mở ngoài Excel: “Tải biểu mẫu” tải về biểu mẫu trống, “Kiểm tra” mở một tệp đã nhập, “Tổng hợp” tải về
          bảng tổng hợp. Tệp chỉ được xử lý trên máy này.
          {capabilities.limitations.length > 0 ? <Lines lines={capabilities.limitations} /> : null}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (capabilities.limitations.length === 0) return null;
  const none = capabilities.apiVersion === null;
  return (
    <MessageBar intent="warning" data-testid="capability-bar">
      <MessageBarBody>
        <MessageBarTitle>
          {none
            ? "Excel này không có giao diện lập trình cho phần bổ trợ (ExcelApi): ngăn làm việc với tệp"
            : `Phiên bản Excel này thiếu một số tính năng (Excel có ${capabilities.apiVersion})`}
        </MessageBarTitle>
        {none ? "Các nút vẫn dùng được: chọn tệp để kiểm tra, tải biểu mẫu và bảng tổng hợp về máy. " : null}
        <Lines lines={capabilities.limitations} />
      </MessageBarBody>
    </MessageBar>
  );
}
