// Is this page running inside Office, before office.js has said so? Office passes the host to the
// page it opens: in the `_host_Info` query parameter ("Excel$Win32$16.01$vi-VN$…"), or, once
// office.js has seen it, in sessionStorage "hostInfoValue" (the same places office.js's own
// _retrieveHostInfo reads, @microsoft/office-js office.debug.js). A plain browser has neither.
// The start-up uses it so that a slow Office.onReady inside Excel never switches the pane to file
// mode for good (src/taskpane/index.tsx).
export type OfficeHostHint = "excel" | "other-office" | null;

export function officeHostHint(search: string, storedHostInfo: string | null): OfficeHostHint {
  let value: string | null = null;
  try {
    value = new URLSearchParams(search).get("_host_Info");
  } catch {
    value = null;
  }
  value ??= storedHostInfo;
  if (!value) return null;
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    decoded = value;
  }
  const host = decoded.split(/[$|]/)[0]?.trim().toLowerCase();
  if (!host) return null;
  return host === "excel" ? "excel" : "other-office";
}
