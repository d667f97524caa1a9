// What the receipt register did in this consolidation (docs/so-nhan.md): kept in the workbook, or
// a file to download and pick again next time, or not used (with why).
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { ReceiptsOutcome } from "../host/actions";

export function ReceiptsNote({ receipts }: { receipts: ReceiptsOutcome }) {
  if (receipts.kept === "not_used") {
    return (
      <MessageBar intent="warning" data-testid="receipts-note">
        <MessageBarBody>{receipts.message}</MessageBarBody>
      </MessageBar>
    );
  }
  const counted = `Sổ nhận: ${receipts.added} tệp mới, tổng ${receipts.total} tệp đã nhận.`;
  if (receipts.kept === "workbook") {
    return (
      <MessageBar intent="info" data-testid="receipts-note">
        <MessageBarBody>{counted} Sổ nhận được lưu trong sổ làm việc này.</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="info" data-testid="receipts-note">
      <MessageBarBody>{counted} Hãy tải sổ nhận về và chọn lại ở lần tổng hợp sau, để ngày nhận không đổi khi tệp được chép lại.</MessageBarBody>
      <MessageBarActions>
        <Button onClick={receipts.save} data-testid="register-download">
          Tải sổ nhận ({receipts.fileName})
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
