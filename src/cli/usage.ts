// Help texts (Vietnamese). `bdg --help` and `bdg <lệnh> --help` print them on stdout; a usage
// error prints the command's usage on stderr.

export const COMMAND_NAMES = ["plan", "template", "validate", "consolidate", "demo"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const GENERAL = `bdg — biểu mẫu, kiểm tra và tổng hợp báo cáo bình đẳng giới (BĐG)

Cách dùng:
  bdg <lệnh> [tùy chọn]

Các lệnh:
  plan          In kế hoạch báo cáo: đơn vị, kỳ báo cáo, chỉ tiêu
  template      Tạo biểu mẫu trống (.xlsx) cho một đơn vị, hoặc cho tất cả đơn vị
  validate      Kiểm tra các báo cáo đã điền
  consolidate   Tổng hợp báo cáo của cả huyện từ một thư mục hoặc danh sách tệp
  demo          Tạo hộp thư mẫu (dữ liệu giả) rồi tổng hợp thử, để làm quen

Tùy chọn chung:
  --plan TỆP    Dùng kế hoạch từ tệp JSON (mặc định: kế hoạch Vĩnh Linh 2024 có sẵn)
  --json        In kết quả dạng JSON (một tài liệu duy nhất trên stdout)
  --force       Cho ghi đè tệp mà bdg sẽ từ chối ghi (xem docs/cli.md)
  --help        Xem hướng dẫn của một lệnh: bdg <lệnh> --help

Mã thoát: 0 = thành công, 1 = có báo cáo lỗi (validate), 2 = dùng sai lệnh, có tệp không đọc được,
hoặc tệp kết quả bị từ chối ghi (chưa đọc, chưa ghi gì), 3 = đã có kết quả (vẫn được in ra) nhưng
không ghi được tệp kết quả.

Mọi tệp bdg ghi đều được ghi trọn vẹn hoặc không ghi gì: tệp cũ không bao giờ bị hỏng dở dang.

Bắt đầu nhanh:
  npx bdg demo
`;

/** --jobs, shared by validate and consolidate; `column` = where the descriptions start. */
function jobsHelp(column: number): string {
  const indent = " ".repeat(column);
  return [
    `${"  --jobs N".padEnd(column)}Số luồng đọc tệp song song (1 = đọc lần lượt, không mở luồng phụ).`,
    `${indent}Mặc định: từ 2.000 tệp trở lên đọc bằng min(2, số lõi CPU) luồng, ít hơn thì đọc lần lượt.`,
    `${indent}Kết quả luôn giống hệt nhau, theo đúng thứ tự tệp, dù N là bao nhiêu.`,
    "",
  ].join("\n");
}

const COMMANDS: Record<CommandName, string> = {
  plan: `Cách dùng: bdg plan [--plan TỆP] [--json]

In kế hoạch báo cáo: danh sách đơn vị, các kỳ báo cáo với hạn nộp, và các chỉ tiêu theo từng phần.
  --json        In kế hoạch dạng JSON (có thể sửa rồi dùng lại với --plan)
  --plan TỆP    Kế hoạch từ tệp JSON
Ví dụ:
  bdg plan
  bdg plan --json > ke-hoach.json
`,
  template: `Cách dùng:
  bdg template --unit MÃ_ĐƠN_VỊ --period MÃ_KỲ --out TỆP.xlsx [--force] [--plan TỆP]
  bdg template --all --period MÃ_KỲ --out-dir THƯ_MỤC [--force] [--plan TỆP]

Tạo biểu mẫu trống. Với --all: mỗi đơn vị một tệp, tên <MÃ_ĐƠN_VỊ>_<MÃ_KỲ>.xlsx.
  --unit MÃ       Mã đơn vị (xem: bdg plan), ví dụ X_VINH_THAI
  --period MÃ     Mã kỳ báo cáo, ví dụ 2024-Y
  --out TỆP       Tệp .xlsx cần tạo
  --all           Tạo cho tất cả đơn vị trong danh sách
  --out-dir THƯ_MỤC  Thư mục chứa các biểu mẫu (tạo nếu chưa có)
  --force         Ghi đè tệp đã có (mặc định: không ghi đè, vì có thể đã có người điền)
Mã thoát: 0 = đã tạo, 2 = dùng sai lệnh hoặc tệp đã có, 3 = không ghi được tệp (ổ đầy, không có quyền…).
Ví dụ:
  bdg template --unit X_VINH_THAI --period 2024-Y --out X_VINH_THAI_2024-Y.xlsx
  bdg template --all --period 2024-Y --out-dir bieu-mau
`,
  validate: `Cách dùng: bdg validate TỆP... [--json] [--jobs N] [--plan TỆP]

Kiểm tra các báo cáo đã điền (có thể cho thư mục: tìm mọi tệp .xlsx bên trong).
Mã thoát: 0 = không có lỗi, 1 = có báo cáo lỗi, 2 = dùng sai lệnh hoặc có tệp không đọc được.
  --json        In kết quả dạng JSON
${jobsHelp(16)}Ví dụ:
  bdg validate hop-thu/X_VINH_THAI_2024-Y.xlsx
  bdg validate hop-thu --json > kiem-tra.json
`,
  consolidate: `Cách dùng: bdg consolidate ĐƯỜNG_DẪN... --period MÃ_KỲ [--as-of NGÀY] [--out TỆP.xlsx]
                       [--register SỔ_NHẬN.json] [--csv TỆP.csv] [--docx TỆP.docx] [--previous TỔNG_HỢP_CŨ.xlsx]
                       [--recipient MÃ_NƠI_NHẬN] [--json] [--include-invalid] [--jobs N] [--force] [--plan TỆP]

Tổng hợp báo cáo của cả huyện. ĐƯỜNG_DẪN là tệp hoặc thư mục (tìm mọi tệp .xlsx bên trong).
  --period MÃ         Kỳ báo cáo cần tổng hợp, ví dụ 2024-Y
  --as-of NGÀY        Tính trạng thái nộp tại ngày này, viết 12/12/2024 hoặc 2024-12-12
                      (mặc định: hôm nay, giờ Việt Nam)
  --out TỆP.xlsx      Ghi bảng tổng hợp ra tệp Excel. Chỉ thay một bảng tổng hợp bdg đã ghi trước đó;
                      không ghi vào tệp đầu vào, tệp kế hoạch, hay tệp khác đã có
  --register TỆP.json Sổ nhận: ngày nhận đầu tiên của mỗi tệp (tạo nếu chưa có, chỉ ghi thêm)
  --csv TỆP.csv       Ghi bảng dài (mỗi dòng: kỳ, đơn vị, chỉ tiêu, số liệu) cho cấp trên và các công cụ khác
  --docx TỆP.docx     Ghi dự thảo báo cáo Word (thể thức Nghị định 30/2020/NĐ-CP, có biểu đồ); chỗ "…" để điền
  --previous TỆP.xlsx So sánh với bảng tổng hợp bdg đã ghi ở kỳ trước (so sánh cùng kỳ, số liệu bất thường)
  --recipient MÃ      Chỉ các chỉ tiêu gửi nơi nhận này (xem: bdg plan), ví dụ S_NOIVU
  --force             Vẫn ghi --out dù bdg từ chối (tệp đã có không phải của bdg, đuôi không phải .xlsx…)
  --include-invalid   Vẫn cộng số liệu của báo cáo có lỗi
  --json              In kết quả dạng JSON
${jobsHelp(22)}Mã thoát: 0 = đã tổng hợp, 2 = dùng sai lệnh hoặc --out bị từ chối (chưa đọc tệp nào),
3 = đã tổng hợp và in kết quả, nhưng không ghi được --out (tệp cũ vẫn nguyên).
Ví dụ:
  bdg consolidate hop-thu --period 2024-Y --out tong-hop-2024-Y.xlsx
  bdg consolidate hop-thu --period 2024-Y --as-of 12/12/2024 --register so-nhan.json --out tong-hop.xlsx
  bdg consolidate hop-thu --period 2024-Y --previous tong-hop-2023-Y.xlsx --csv du-lieu-2024-Y.csv --out tong-hop.xlsx
`,
  demo: `Cách dùng: bdg demo [--out-dir THƯ_MỤC] [--force]

Tạo một hộp thư mẫu cho kế hoạch Vĩnh Linh 2024, kỳ Năm 2024 (DỮ LIỆU MẪU, không phải số liệu thật):
báo cáo của hầu hết đơn vị, có vài lỗi, một đơn vị nộp trễ, một đơn vị chưa nộp, một báo cáo nộp hai lần.
Sau đó tổng hợp tại ngày 12/12/2024, ghi THƯ_MỤC/tong-hop-2024-Y.xlsx và in bảng trạng thái.
  --out-dir THƯ_MỤC  Thư mục kết quả (mặc định: ./bdg-demo); phải trống hoặc chưa có
  --force         Ghi lại vào thư mục đã có tệp: chỉ thay các tệp mẫu do bdg demo tạo,
                  không bao giờ ghi đè tệp khác
Ví dụ:
  bdg demo
  bdg demo --out-dir thu-nghiem
`,
};

export function generalHelp(): string {
  return GENERAL;
}

export function commandHelp(command: CommandName): string {
  return COMMANDS[command];
}

export function isCommandName(s: string): s is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(s);
}
