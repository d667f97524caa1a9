// How to sideload the add-in where `npm start` cannot do it (Linux: office-addin-debugging refuses it).
const path = require("node:path");

function sideloadHelp(root, origin = "https://localhost:3000") {
  const pane = `${origin}/taskpane.html`;
  return [
    "",
    `Báo cáo BĐG đang chạy tại ${pane}`,
    "",
    "Máy này không tự nạp được phần bổ trợ vào Excel (office-addin-debugging chỉ hỗ trợ Windows và macOS).",
    "Nạp thử vào Excel trên web:",
    `  1. Mở ${pane} một lần trong trình duyệt và chấp nhận chứng chỉ localhost`,
    "     (hoặc tin cậy tệp ~/.office-addin-dev-certs/ca.crt).",
    "  2. Mở một sổ làm việc trong Excel trên web (office.com).",
    "  3. Trang đầu → Bổ trợ (Add-ins) → Thêm bổ trợ khác → Tải lên bổ trợ của tôi (Upload My Add-in).",
    `  4. Chọn tệp ${path.join(root, "manifest.xml")} → Tải lên. Nút “Báo cáo BĐG” hiện trên thẻ Trang đầu.`,
    `Ngoài Excel: mở ${pane} trong trình duyệt để dùng chế độ tệp.`,
    "Dừng: Ctrl+C.",
    "",
  ].join("\n");
}

module.exports = { sideloadHelp };
