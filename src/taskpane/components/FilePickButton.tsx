// A Fluent button that opens the browser's file picker (no folder picker: it fails on Mac).
import { Button, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";

export interface FilePickButtonProps {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  appearance?: ButtonProps["appearance"];
  icon?: ButtonProps["icon"];
  /** For tests and the guide's screenshots. */
  testId: string;
  onFiles: (files: File[]) => void;
}

export function FilePickButton(props: FilePickButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button appearance={props.appearance} icon={props.icon} disabled={props.disabled} onClick={() => input.current?.click()}>
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={props.accept}
        multiple={props.multiple}
        data-testid={props.testId}
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = ""; // picking the same file again must fire again
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}
