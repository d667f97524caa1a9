// A message is written for a Vietnamese officer: it must carry letters only Vietnamese uses.
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

export function isVietnameseMessage(text: unknown): boolean {
  return typeof text === "string" && text.trim().length > 0 && VIETNAMESE_LETTER.test(text.normalize("NFC"));
}
