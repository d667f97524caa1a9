import type { Summary } from "../../src/core/consolidate";
import { defaultPlan } from "../../src/core/plan";
import { reminderMailto, reminderSubject, type ReminderLine } from "../../src/usecases";

const summary = { period: "2024-Y" } as Summary;
const line: ReminderLine = { unit: "X_VINH_SON", status: "missing", text: "Kính gửi Xã Vĩnh Sơn: đề nghị gửi báo cáo BĐG kỳ Năm 2024 (hạn 10/12/2024) về Phòng LĐ-TB&XH; đã quá hạn 5 ngày." };

/** What a mail program reads back from the link (RFC 6068). */
function parse(href: string) {
  const url = new URL(href);
  return { protocol: url.protocol, to: decodeURIComponent(url.pathname), subject: url.searchParams.get("subject"), body: url.searchParams.get("body"), keys: [...url.searchParams.keys()] };
}

describe("reminder mailto", () => {
  it.each([
    ["no e-mail in the plan: the officer fills the recipient", undefined, ""],
    ["an e-mail given", "vanthu.vinhson@quangtri.gov.vn", "vanthu.vinhson@quangtri.gov.vn"],
  ])("%s", (_, to, expectedTo) => {
    const subject = reminderSubject(defaultPlan, summary, "Xã Vĩnh Sơn");
    expect(subject).toBe("Nhắc nộp báo cáo BĐG kỳ Năm 2024 – Xã Vĩnh Sơn");
    const href = reminderMailto(line, subject, to);
    // every reserved character (& ; space and the Vietnamese letters) is percent-encoded, so the body is not cut at "&"
    expect(href).not.toMatch(/[ &](?!body=)/);
    expect(parse(href)).toEqual({ protocol: "mailto:", to: expectedTo, subject, body: line.text, keys: ["subject", "body"] });
  });

  it("falls back to the period code when the plan does not know the period", () => {
    expect(reminderSubject(defaultPlan, { period: "2030-Y" } as Summary, "Phòng Y tế")).toBe("Nhắc nộp báo cáo BĐG kỳ 2030-Y – Phòng Y tế");
  });
});
