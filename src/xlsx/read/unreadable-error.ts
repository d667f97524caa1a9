// Internal signal: thrown deep in the reader, caught once in readXlsx and turned into a result value.
import type { UnreadableReason } from "./read-result";

export class UnreadableError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    message: string,
  ) {
    super(message);
    this.name = "UnreadableError";
  }
}

/** The file is damaged; `detail` says where, in Vietnamese. */
export function corrupt(detail: string): UnreadableError {
  return new UnreadableError("corrupt", `Tệp .xlsx bị hỏng hoặc chưa tải về đầy đủ (${detail}). Hãy đề nghị đơn vị gửi lại tệp.`);
}
