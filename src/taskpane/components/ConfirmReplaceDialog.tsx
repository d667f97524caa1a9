// Installing over an existing form asks first; typed values are kept by code.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { ExistingForm } from "../../usecases";

export interface ConfirmReplaceDialogProps {
  existing: ExistingForm | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmReplaceDialog({ existing, onConfirm, onCancel }: ConfirmReplaceDialogProps) {
  const what = existing?.unitName ? `biểu mẫu của ${existing.unitName}${existing.periodLabel ? `, kỳ ${existing.periodLabel}` : ""}` : "một trang BaoCao";
  return (
    <Dialog open={existing !== null} onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Thay biểu mẫu đang có?</DialogTitle>
          <DialogContent>
            Sổ này đã có {what}. Biểu mẫu sẽ được cài lại; các số liệu đã nhập được giữ nguyên theo mã chỉ tiêu (chỉ tiêu không có
            trên biểu mới thì bỏ).
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Thay biểu mẫu
            </Button>
            <Button onClick={onCancel}>Hủy</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
