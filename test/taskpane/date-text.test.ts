// The pane's date field reads dd/mm/yyyy whatever the browser's language.
import { dateOfText } from "../../src/taskpane/view/date-text";

describe("dateOfText", () => {
  it.each([
    ["15/12/2024", "2024-12-15"],
    ["5/1/2025", "2025-01-05"],
    ["05.01.2025", "2025-01-05"],
    [" 2024-12-15 ", "2024-12-15"],
    ["29/02/2024", "2024-02-29"],
  ])("%s → %s", (text, iso) => expect(dateOfText(text)).toEqual({ ok: true, iso }));

  it.each(["", "31/02/2024", "12/15/2024", "15/12/24", "hôm nay"])("“%s” is refused with a Vietnamese message", (text) => {
    const read = dateOfText(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/dd\/mm\/yyyy/);
  });
});
