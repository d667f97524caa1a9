// What this host cannot do, said plainly (design.md: degrade with a clear message instead of
// hiding the add-in), and in file mode, what file mode means.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostCapabilities } from "../../core/ports";
import type { HostMode } from "../host/actions";

export function CapabilityBar({ mode, capabilities }: { mode: HostMode; capabilities: HostCapabilities }) {
  if (mode === "file") {
    return (
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>Chế độ tệp</MessageBarTitle>
          Ngăn này đang mở ngoài Excel: “Cài biểu mẫu” tải về biểu mẫu trống, “Kiểm tra” mở một tệp đã nhập, “Tổng hợp” tải về
          bảng tổng hợp. Tệp chỉ được xử lý trên máy này.
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (capabilities.limitations.length === 0) return null;
  return (
    <MessageBar intent="warning" data-testid="capability-bar">
      <MessageBarBody>
        <MessageBarTitle>Phiên bản Excel này thiếu một số tính năng</MessageBarTitle>
        <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
          {capabilities.limitations.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
