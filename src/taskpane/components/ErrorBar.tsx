// The error state of any action: what went wrong, in Vietnamese.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export function ErrorBar({ title = "Có lỗi", message }: { title?: string; message: string }) {
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {message}
      </MessageBarBody>
    </MessageBar>
  );
}

/** An exception's message for the user (a bug or a host failure, never an expected outcome). */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
