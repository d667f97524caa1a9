// Installing over an existing form asks first; typed values are kept by code. Writing the
// summary over sheets of the same names that bdg did not write asks first too.
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ExistingForm } from "../../usecases";

interface AskProps {
  open: boolean;
  title: string;
  confirmLabel: string;
  children: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  testId?: string;
}

/** A yes/no question before something is replaced. */
function Ask({ open, title, confirmLabel, children, onConfirm, onCancel, testId }: AskProps) {
  return (
    <Dialog open={open} onOpenChange={(_, d) => (d.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent data-testid={testId}>{children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {confirmLabel}
            </Button>
            <Button onClick={onCancel}>Hủy</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

export interface ConfirmReplaceDialogProps {
  existing: ExistingForm | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmReplaceDialog({ existing, onConfirm, onCancel }: ConfirmReplaceDialogProps) {
  const what = existing?.unitName ? `biểu mẫu của ${existing.unitName}${existing.periodLabel ? `, kỳ ${existing.periodLabel}` : ""}` : "một trang BaoCao";
  return (
    <Ask open={existing !== null} title="Thay biểu mẫu đang có?" confirmLabel="Thay biểu mẫu" onConfirm={onConfirm} onCancel={onCancel}>
      Sổ này đã có {what}. Biểu mẫu sẽ được cài lại; các số liệu đã nhập được giữ nguyên theo mã chỉ tiêu (chỉ tiêu không có
      trên biểu mới thì bỏ).
    </Ask>
  );
}

export interface ConfirmReplaceSheetsDialogProps {
  /** The officer's sheets in the way (null: no question). */
  sheets: string[] | null;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmReplaceSheetsDialog({ sheets, onConfirm, onCancel }: ConfirmReplaceSheetsDialogProps) {
  const many = (sheets?.length ?? 0) > 1;
  const list = (sheets ?? []).map((s) => `“${s}”`).join(", ");
  return (
    <Ask
      open={sheets !== null}
      title="Thay trang tính không do Báo cáo BĐG tạo?"
      confirmLabel="Thay các trang này"
      onConfirm={onConfirm}
      onCancel={onCancel}
      testId="confirm-replace-sheets"
    >
      Sổ này đã có {many ? "các trang" : "trang"} {list} mà phần bổ trợ không tạo ra. Ghi bảng tổng hợp sẽ xóa nội dung{" "}
      {many ? "các trang này" : "trang này"} và ghi bảng tổng hợp vào đó. Các trang khác của sổ không bị động tới. Nếu cần giữ,
      hãy bấm “Hủy” và đổi tên trang trước.
    </Ask>
  );
}
