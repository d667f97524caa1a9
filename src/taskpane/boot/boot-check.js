/* Báo cáo BĐG: the boot check of the task pane. ES5 ONLY (test/browser/boot-check.test.ts parses
 * it at ecmaVersion 5): it must run where the pane cannot.
 *
 * Why: volume-licensed Office 2016/2019 run add-ins in Internet Explorer 11, retail Office 2016/2019
 * without the WebView2 Runtime in Edge Legacy (EdgeHTML) ("Browsers and webview controls used by
 * Office Add-ins", learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins).
 * The pane's bundle needs ES2021 and React 19 / Fluent UI 9, which neither runs; Microsoft
 * recommends "a graceful failure message" there ("Support older Microsoft webviews and Office
 * versions"). A separate static file, loaded first, because the page's Content-Security-Policy
 * forbids inline scripts (and eval, so syntax cannot be probed: the ES2021 built-ins stand in for it).
 *
 * It shows, in Vietnamese, what is happening and the ways out, when
 *  - the webview lacks what the bundle needs (checked as soon as the page is parsed), or
 *  - a script of this site fails before the pane said it started (window.bdgBoot.started()).
 * It never leaves a bare "Đang tải…": the bundle, once running, replaces #root itself. */
/* global window, document, navigator */
(function () {
  "use strict";
  var started = false;
  var shown = false;

  function has(path) {
    var parts = path.split(".");
    var at = window;
    for (var i = 0; i < parts.length; i++) {
      if (at === null || at === undefined) return false;
      at = at[parts[i]];
    }
    return typeof at === "function" || (typeof at === "object" && at !== null);
  }

  /** What the bundle needs of the engine: ES2021 built-ins and the web APIs the pane uses. */
  var NEEDS = [
    "Promise", "Promise.allSettled", "Promise.any", "Promise.prototype.finally", "Symbol", "Map", "Set", "WeakMap",
    "WeakRef", "Proxy", "Reflect", "Object.fromEntries", "Array.prototype.flat", "Array.prototype.flatMap",
    "String.prototype.replaceAll", "String.prototype.matchAll", "globalThis", "TextDecoder", "TextEncoder",
    "Blob", "URL", "queueMicrotask", "CSS.supports"
  ];

  function missing() {
    var out = [];
    for (var i = 0; i < NEEDS.length; i++) if (!has(NEEDS[i])) out.push(NEEDS[i]);
    if (out.length === 0 && !window.CSS.supports("color", "var(--bdg)")) out.push("CSS variables");
    return out;
  }

  function webviewName() {
    var ua = navigator.userAgent || "";
    if (ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1) return "Internet Explorer 11 (Trident)";
    if (ua.indexOf("Edge/") !== -1) return "Microsoft Edge cũ (EdgeHTML)";
    return "";
  }

  function el(tag, text, style) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    if (style) node.setAttribute("style", style);
    return node;
  }

  function show(title, detail) {
    if (shown || started) return;
    var root = document.getElementById("root");
    if (!root) return;
    shown = true;
    var box = el("div", "", "padding:16px;font-size:14px;line-height:1.45;color:#242424;max-width:560px");
    box.setAttribute("role", "alert");
    box.setAttribute("data-testid", "boot-message");
    box.appendChild(el("h1", title, "font-size:18px;margin:0 0 8px"));
    box.appendChild(el("p", "Số liệu trong sổ của bạn không bị ảnh hưởng. Bạn vẫn làm được việc theo một trong các cách sau:", "margin:0 0 8px"));
    var ways = el("ol", "", "margin:0;padding-left:20px");
    var w1 = el("li", "Office 2016 hoặc 2019 bản bán lẻ (mua lẻ, Microsoft 365): cài “Microsoft Edge WebView2 Runtime” miễn phí của Microsoft (nhờ bộ phận tin học nếu máy bị khóa cài đặt), rồi đóng và mở lại Excel. Bản cấp phép số lượng lớn (volume) của Office 2016/2019 luôn dùng Internet Explorer 11: cách này không giúp được, hãy dùng cách 2–4.", "margin-bottom:6px");
    var w2 = el("li", "Mở trang độc lập ", "margin-bottom:6px");
    var link = el("a", "bao-cao-bdg.html");
    link.setAttribute("href", "bao-cao-bdg.html");
    link.setAttribute("target", "_blank");
    link.setAttribute("rel", "noopener");
    w2.appendChild(link);
    w2.appendChild(document.createTextNode(" (cùng địa chỉ với phần bổ trợ) bằng Chrome, Edge hoặc Cốc Cốc: tải biểu mẫu trống, kiểm tra, hoàn tất và tổng hợp các tệp ngay trên máy, không gửi gì đi đâu."));
    var w3 = el("li", "Biểu mẫu .xlsx dùng được không cần phần bổ trợ: nhập số liệu vào cột “Số liệu kỳ báo cáo”, lưu và gửi tệp như thường; Excel vẫn tự tính các dòng tổng.", "margin-bottom:6px");
    var w4 = el("li", "Cán bộ tổng hợp dùng được dòng lệnh bdg trên máy tính (bdg validate để kiểm tra, bdg consolidate để tổng hợp; xem hướng dẫn bdg).", "");
    ways.appendChild(w1);
    ways.appendChild(w2);
    ways.appendChild(w3);
    ways.appendChild(w4);
    box.appendChild(ways);
    if (detail) box.appendChild(el("p", "Chi tiết kỹ thuật: " + detail, "margin:12px 0 0;font-size:12px;color:#616161"));
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(box);
  }

  // Checked at once, in <head>: the deferred bundle runs before DOMContentLoaded, and must know.
  var lacks = missing();

  function showEngine() {
    var name = webviewName();
    show(
      "Ngăn Báo cáo BĐG không chạy được trên trình duyệt nhúng này",
      (name ? "Excel đang mở phần bổ trợ bằng " + name + ". " : "") + "Thiếu: " + lacks.join(", ") + "."
    );
  }

  function onReady(run) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
    else run();
  }

  function sameSite(file) {
    if (!file) return true;
    var here = window.location.protocol + "//" + window.location.host;
    return file.indexOf(here) === 0;
  }

  window.addEventListener("error", function (event) {
    if (started || lacks.length > 0 || !sameSite(event && event.filename)) return;
    var what = event && event.message ? event.message : "lỗi không rõ";
    onReady(function () {
      show("Ngăn Báo cáo BĐG không khởi động được", "mã của ngăn không chạy được (" + what + "). " + webviewName());
    });
  });

  window.bdgBoot = {
    /** Called by the bundle as soon as it runs: from then on it draws the pane (and its errors) itself. */
    started: function () {
      started = true;
    },
    /** Whether the boot check already put its message up (the bundle then leaves #root alone). */
    blocked: function () {
      return shown || lacks.length > 0;
    }
  };

  if (lacks.length > 0) onReady(showEngine);
})();
