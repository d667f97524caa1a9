// zod's issues rendered in Vietnamese, by issue code, saying what was expected and what was found.
// Used as the per-parse error map: the schema's own Vietnamese messages (regex checks) still win.
import type { z } from "zod";

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: "chuỗi ký tự",
  number: "số",
  int: "số nguyên",
  boolean: "true hoặc false",
  array: "danh sách [ … ]",
  object: "đối tượng { … }",
  null: "null",
  undefined: "không có giá trị",
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

/** How a found value reads in a message: `chuỗi "abc"`, `số 1.5`, `danh sách`, … */
export function describeValue(value: unknown): string {
  if (value === undefined) return "không có (thiếu)";
  if (value === null) return "null";
  if (Array.isArray(value)) return "danh sách";
  if (typeof value === "string") return `chuỗi ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number") return `số ${String(value)}`;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "object") return "đối tượng";
  return typeof value;
}

function listValues(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(", ");
}

function sizeMessage(issue: RawIssue & { origin: string; inclusive?: boolean }, bound: number | bigint, min: boolean): string {
  const n = String(bound);
  const found = `nhận được ${describeValue(issue.input)}`;
  switch (issue.origin) {
    case "string":
      if (min && n === "1") return "Không được để trống.";
      return min ? `Cần ít nhất ${n} ký tự.` : `Dài quá: tối đa ${n} ký tự.`;
    case "array":
      return min ? `Cần ít nhất ${n} phần tử.` : `Nhiều quá: tối đa ${n} phần tử.`;
    default: {
      const op = min ? (issue.inclusive === false ? ">" : "≥") : issue.inclusive === false ? "<" : "≤";
      return `Phải ${op} ${n}, ${found}.`;
    }
  }
}

/** What one branch of a union expected, for "cần một trong các dạng: …". */
function branchExpectation(branch: readonly z.core.$ZodIssue[]): string {
  const first = branch[0];
  if (!first) return "?";
  if (first.code === "invalid_type") return typeName(first.expected);
  if (first.code === "invalid_value") return listValues(first.values);
  return "?";
}

/** The Vietnamese message of one raw issue. */
export function vietnameseIssueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `Thiếu trường bắt buộc: cần ${typeName(issue.expected)}.`;
      return `Sai kiểu: cần ${typeName(issue.expected)}, nhận được ${describeValue(issue.input)}.`;
    case "too_small":
      return sizeMessage(issue, issue.minimum, true);
    case "too_big":
      return sizeMessage(issue, issue.maximum, false);
    case "invalid_value":
      return `Giá trị không hợp lệ (${describeValue(issue.input)}): cần một trong ${listValues(issue.values)}.`;
    case "invalid_format":
      return `Sai định dạng (${describeValue(issue.input)})${issue.pattern ? `: cần khớp mẫu ${issue.pattern}` : ""}.`;
    case "not_multiple_of":
      return `Phải là bội số của ${String(issue.divisor)}, nhận được ${describeValue(issue.input)}.`;
    case "unrecognized_keys":
      return `Trường không được hỗ trợ: ${issue.keys.join(", ")}.`;
    case "invalid_union":
      if (issue.discriminator && "options" in issue && Array.isArray(issue.options)) {
        // The input is the whole object; name the value of its discriminating field.
        const input = issue.input;
        const found =
          input !== null && typeof input === "object" ? (input as Record<string, unknown>)[issue.discriminator] : input;
        return `Giá trị "${issue.discriminator}" không hợp lệ (${describeValue(found)}): cần một trong ${listValues(issue.options)}.`;
      }
      return `Giá trị không hợp lệ (${describeValue(issue.input)}): cần một trong các dạng: ${issue.errors
        .map(branchExpectation)
        .join(" | ")}.`;
    case "invalid_key":
    case "invalid_element":
      return `Khóa hoặc phần tử không hợp lệ (${describeValue(issue.input)}).`;
    default:
      return `Giá trị không hợp lệ (${describeValue(issue.input)}).`;
  }
}

/** Error map for `safeParse(input, { error: vietnameseErrorMap })`. */
export const vietnameseErrorMap = (issue: RawIssue): string => vietnameseIssueMessage(issue);
