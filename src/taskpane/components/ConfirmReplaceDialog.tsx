// Installing over an existing form asks first; typed values are kept by code. Writing the
// summary over sheets of the same names that bdg did not write asks first too.
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

export interface ConfirmReplaceSheetsDialogProps {
  /** The officer's sheets in the way (null: no question). */
  sheets: string[] | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmReplaceSheetsDialog({ sheets, onConfirm, onCancel }: ConfirmReplaceSheetsDialogProps) {
  const list = (sheets ?? []).map((s) => `“${s}”`).join(", ");
  return (
    <Dialog open={sheets !== null} onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Thay trang tính không do Báo cáo BĐG tạo?</DialogTitle>
          <DialogContent data-testid="confirm-replace-sheets">
            Sổ này đã có {sheets && sheets.length > 1 ? "các trang" : "trang"} {list} mà phần bổ trợ không tạo ra. Ghi bảng tổng hợp sẽ xóa
            nội dung {sheets && sheets.length > 1 ? "các trang này" : "trang này"} và ghi bảng tổng hợp vào đó. Các trang khác của sổ không bị
            động tới. Nếu cần giữ, hãy bấm “Hủy” và đổi tên trang trước.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              Thay các trang này
            </Button>
            <Button onClick={onCancel}>Hủy</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
