// File mode's other ways to give "Tổng hợp" its files (docs/contract.md §4.6): a whole folder
// (the directory upload input, Chrome, Edge and Cốc Cốc) and files or folders dropped anywhere on
// the page. A drop must never make the browser open the dropped file in place of the page.
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { droppedFiles, type DroppedItem } from "../host/dropped-files";
import { formatNumberVi } from "../../core/text";

const useStyles = makeStyles({
  zone: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "8px",
    display: "flex",
    flexWrap: "wrap",
    gap: "8px",
    alignItems: "center",
  },
  over: { backgroundColor: tokens.colorBrandBackground2 },
});

export interface FolderPickDropProps {
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}

export function FolderPickDrop({ disabled, onFiles }: FolderPickDropProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [unreadable, setUnreadable] = useState<string[]>([]);

  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    };
    const onDragLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      if (disabled || !e.dataTransfer) return;
      void droppedFiles(Array.from(e.dataTransfer.items) as unknown as DroppedItem[]).then(({ files, unreadable: bad }) => {
        setUnreadable(bad);
        if (files.length > 0) onFiles(files);
      });
    };
    window.addEventListener("dragover", onDragOver);
    window.addEventListener("dragleave", onDragLeave);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragover", onDragOver);
      window.removeEventListener("dragleave", onDragLeave);
      window.removeEventListener("drop", onDrop);
    };
  }, [disabled, onFiles]);

  return (
    <div className={over ? `${styles.zone} ${styles.over}` : styles.zone} data-testid="drop-zone">
      <Button disabled={disabled} onClick={() => input.current?.click()}>
        Chọn cả thư mục…
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        data-testid="consolidate-folder"
        {...{ webkitdirectory: "", directory: "" }}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = "";
          setUnreadable([]);
          if (files.length > 0) onFiles(files);
        }}
      />
      <Text size={200}>hoặc kéo thả tệp, thư mục vào trang này (cả thư mục con).</Text>
      {unreadable.length > 0 ? (
        <Text size={200} data-testid="drop-unreadable">
          Không đọc được {formatNumberVi(unreadable.length)} mục: {unreadable.join(", ")}.
        </Text>
      ) : null}
    </div>
  );
}
