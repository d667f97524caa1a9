// The stale state: the sheet changed after the last check, so its result may no longer hold.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

export function StaleBar({ onRecheck, disabled }: { onRecheck: () => void; disabled: boolean }) {
  return (
    <MessageBar intent="warning" data-testid="stale-bar">
      <MessageBarBody>Trang tính đã thay đổi sau lần kiểm tra — hãy kiểm tra lại.</MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabled={disabled} onClick={onRecheck}>
          Kiểm tra lại
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
