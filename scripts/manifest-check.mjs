#!/usr/bin/env node
// Offline check of the XML add-in manifest (the online validator is unreachable in CI).
//   node scripts/manifest-check.mjs [manifest.xml ...] [--built]
// Without a file: manifest.xml, and dist/manifest.xml when a build exists.
// --built: the manifest sits in a built dist/: the pages it names must exist beside it.
// Checks: well-formed XML; OfficeApp TaskPaneApp; Id a GUID; Version; ProviderName; DefaultLocale;
// required elements; every URL https; one origin for every page and icon; icons present (in the
// manifest's folder, its assets/ or dist/) with the declared pixel size; resid references resolve;
// string length limits; no ExcelApi requirement set (checked at run time instead).
// Exit 0 when every manifest passes, 1 otherwise; each problem on its own line.
//
// Why not Microsoft's XSD: no package on the npm registry ships the add-in manifest schemas
// (looked at: office-addin-manifest 3.0.0, whose `validate` posts the manifest to an online service;
// office-addin-manifest-converter 0.4.1; office-addin-validator 1.0.5, also online), and CI has no
// Internet. This check covers what the schema would and what Office enforces beyond it.
/* global process, console, URL */
import { DOMParser } from "@xmldom/xmldom";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const LOCALE = /^[a-z]{2,3}-[A-Z]{2}$/;
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "Hosts", "DefaultSettings", "Permissions"];

/** Elements by local name, whatever their namespace. */
function all(node, localName) {
  return Array.from(node.getElementsByTagNameNS("*", localName));
}
function first(node, localName) {
  return all(node, localName)[0] ?? null;
}
/** Direct children of the root by local name (the top-level sequence). */
function topLevel(root, localName) {
  return Array.from(root.childNodes).filter((n) => n.nodeType === 1 && n.localName === localName);
}

function parseXml(text, problems) {
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") problems.push(`XML không hợp lệ: ${String(message).split("\n")[0]}`);
    },
  });
  try {
    return parser.parseFromString(text, "text/xml");
  } catch (err) {
    problems.push(`XML không hợp lệ: ${err.message.split("\n")[0]}`);
    return null;
  }
}

/** Width and height of a PNG, or null when the file is not a PNG. */
function pngSize(file) {
  const buf = readFileSync(file);
  if (buf.length < 24 || buf.readUInt32BE(0) !== 0x89504e47) return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function checkUrls(doc, problems) {
  const urls = [];
  const visit = (node) => {
    if (node.nodeType === 1) {
      for (const attr of Array.from(node.attributes)) {
        if (attr.name === "xmlns" || attr.name.startsWith("xmlns:")) continue; // namespace names, not fetched
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(attr.value)) urls.push({ where: `${node.localName}@${attr.name}`, url: attr.value });
      }
      for (const child of Array.from(node.childNodes)) visit(child);
    } else if (node.nodeType === 3) {
      const text = node.nodeValue.trim();
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) urls.push({ where: node.parentNode.localName, url: text });
    }
  };
  visit(doc.documentElement);
  const origins = new Set();
  for (const { where, url } of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${where}: địa chỉ không hợp lệ "${url}"`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`${where}: địa chỉ phải dùng https ("${url}")`);
    origins.add(parsed.origin);
  }
  if (origins.size > 1) problems.push(`Các địa chỉ trỏ tới nhiều nguồn khác nhau: ${[...origins].join(", ")}`);
  return urls;
}

function checkResources(doc, problems) {
  const ids = new Map();
  for (const kind of ["Image", "Url", "String"]) {
    for (const el of all(doc, kind)) {
      const id = el.getAttribute("id");
      if (!id) continue;
      if (ids.has(id)) problems.push(`Tài nguyên trùng id "${id}"`);
      ids.set(id, el);
    }
  }
  for (const el of all(doc, "*")) {
    const resid = el.getAttribute && el.getAttribute("resid");
    if (resid && !ids.has(resid)) problems.push(`${el.localName}: resid "${resid}" không có trong Resources`);
    if (resid && ids.has(resid) && el.localName === "SourceLocation" && ids.get(resid).localName !== "Url") {
      problems.push(`SourceLocation: resid "${resid}" phải trỏ tới một bt:Url`);
    }
  }
  const limits = { ShortStrings: 125, LongStrings: 250 };
  for (const [group, max] of Object.entries(limits)) {
    for (const holder of all(doc, group)) {
      for (const s of all(holder, "String")) {
        for (const value of [s.getAttribute("DefaultValue"), ...all(s, "Override").map((o) => o.getAttribute("Value"))]) {
          if (value && value.length > max) problems.push(`${group} "${s.getAttribute("id")}": dài quá ${max} ký tự`);
        }
      }
    }
  }
}

/** The local file a URL names: its path under the manifest's folder (or dist/), also without a
 * leading base path ("/bdg/assets/x.png" → "assets/x.png") for a site deployed under one. */
function localFile(url, baseDirs) {
  const segments = decodeURIComponent(new URL(url).pathname).split("/").filter(Boolean);
  for (let skip = 0; skip < segments.length; skip++) {
    const rel = segments.slice(skip).join("/");
    for (const dir of baseDirs) {
      const candidate = path.join(dir, rel);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

function checkIcons(doc, baseDirs, problems) {
  const icons = [
    ...["IconUrl", "HighResolutionIconUrl"].map((n) => ({ el: first(doc, n), size: n === "IconUrl" ? 32 : 64 })),
    ...all(doc, "Images").flatMap((imgs) => all(imgs, "Image").map((el) => ({ el, size: null }))),
  ];
  for (const { el, size } of icons) {
    if (!el) continue;
    const url = el.getAttribute("DefaultValue");
    if (!url || !/^https?:/.test(url)) continue;
    const file = localFile(url, baseDirs);
    if (!file) {
      problems.push(`${el.localName}: không tìm thấy tệp biểu tượng cho "${url}"`);
      continue;
    }
    const dims = pngSize(file);
    if (!dims) {
      problems.push(`${el.localName}: "${file}" không phải tệp PNG`);
      continue;
    }
    const declared = size ?? Number((/icon-(\d+)\.png$/.exec(url) ?? [])[1]);
    if (declared && (dims.width !== declared || dims.height !== declared)) {
      problems.push(`${el.localName}: "${path.basename(file)}" có kích thước ${dims.width}×${dims.height}, cần ${declared}×${declared}`);
    }
  }
  // ribbon images: the size attribute must match the bitmap
  for (const ref of all(doc, "Image").filter((e) => e.getAttribute("size") && e.getAttribute("resid"))) {
    const target = all(doc, "Image").find((e) => e.getAttribute("id") === ref.getAttribute("resid"));
    const url = target && target.getAttribute("DefaultValue");
    const file = url && localFile(url, baseDirs);
    const dims = file && pngSize(file);
    const size = Number(ref.getAttribute("size"));
    if (dims && dims.width !== size) problems.push(`Biểu tượng ${ref.getAttribute("resid")} khai báo ${size}px nhưng tệp rộng ${dims.width}px`);
  }
}

function checkPages(urls, manifestDir, problems) {
  for (const { where, url } of urls) {
    let pathname;
    try {
      pathname = new URL(url).pathname;
    } catch {
      continue;
    }
    if (pathname.endsWith(".html") && !localFile(url, [manifestDir])) {
      problems.push(`${where}: trang "${pathname}" không có trong ${manifestDir}`);
    }
  }
}

/** Every problem of one manifest file, in Vietnamese; [] when it passes. */
export function checkManifest(file, { built = false } = {}) {
  const problems = [];
  if (!existsSync(file)) return [`Không có tệp ${file}`];
  const doc = parseXml(readFileSync(file, "utf8"), problems);
  if (!doc || problems.length > 0) return problems;
  const root = doc.documentElement;
  if (!root || root.localName !== "OfficeApp") return ["Phần tử gốc phải là OfficeApp"];
  const type = root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
  if (type !== "TaskPaneApp") problems.push(`OfficeApp xsi:type phải là TaskPaneApp (đang là "${type}")`);

  for (const name of REQUIRED) {
    const els = topLevel(root, name);
    if (els.length === 0) problems.push(`Thiếu phần tử bắt buộc <${name}>`);
  }
  const text = (name) => (topLevel(root, name)[0]?.textContent ?? "").trim();
  const attr = (name) => topLevel(root, name)[0]?.getAttribute("DefaultValue") ?? "";
  if (topLevel(root, "Id").length && !GUID.test(text("Id"))) problems.push(`Id không phải GUID: "${text("Id")}"`);
  if (topLevel(root, "Version").length && !VERSION.test(text("Version"))) problems.push(`Version không hợp lệ: "${text("Version")}"`);
  if (topLevel(root, "ProviderName").length && !text("ProviderName")) problems.push("ProviderName trống");
  if (topLevel(root, "DefaultLocale").length && !LOCALE.test(text("DefaultLocale"))) problems.push(`DefaultLocale không hợp lệ: "${text("DefaultLocale")}"`);
  for (const name of ["DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    if (topLevel(root, name).length && !attr(name)) problems.push(`<${name}> thiếu DefaultValue`);
  }
  if (attr("DisplayName").length > 125) problems.push("DisplayName dài quá 125 ký tự");
  if (attr("Description").length > 250) problems.push("Description dài quá 250 ký tự");
  if (topLevel(root, "Permissions").length && !PERMISSIONS.includes(text("Permissions"))) {
    problems.push(`Permissions không hợp lệ: "${text("Permissions")}"`);
  }
  const hosts = topLevel(root, "Hosts")[0];
  if (hosts && !all(hosts, "Host").some((h) => h.getAttribute("Name") === "Workbook")) problems.push("Hosts phải có <Host Name=\"Workbook\"/>");
  const settings = topLevel(root, "DefaultSettings")[0];
  const source = settings && first(settings, "SourceLocation");
  if (settings && !(source && source.getAttribute("DefaultValue"))) problems.push("DefaultSettings thiếu SourceLocation DefaultValue");

  for (const set of all(doc, "Set")) {
    if (set.getAttribute("Name") === "ExcelApi" && set.getAttribute("MinVersion") !== "1.1") {
      problems.push(`Không khai báo ExcelApi ${set.getAttribute("MinVersion")} trong manifest: kiểm tra lúc chạy để Excel cũ vẫn thấy phần bổ trợ`);
    }
  }

  const urls = checkUrls(doc, problems);
  checkResources(doc, problems);
  const dir = path.dirname(path.resolve(file));
  checkIcons(doc, [dir, path.join(dir, "dist")], problems);
  if (built) checkPages(urls, dir, problems);
  return [...new Set(problems)];
}

function main(argv) {
  const built = argv.includes("--built");
  const files = argv.filter((a) => !a.startsWith("--"));
  if (files.length === 0) {
    // default: the source manifest, and the built one when there is a build
    files.push("manifest.xml");
    if (existsSync(path.join("dist", "manifest.xml"))) files.push(path.join("dist", "manifest.xml"));
  }
  let failed = false;
  for (const file of files) {
    const problems = checkManifest(file, { built: built || path.basename(path.dirname(path.resolve(file))) === "dist" });
    if (problems.length === 0) {
      console.log(`✓ ${file}: hợp lệ`);
    } else {
      failed = true;
      console.log(`✗ ${file}: ${problems.length} vấn đề`);
      for (const p of problems) console.log(`  - ${p}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
