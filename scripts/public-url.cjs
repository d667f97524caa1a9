// The public address of the task pane: the dev server unless a production build is given
// BDG_PUBLIC_URL (https only). Used by webpack.config.js to rewrite the manifest.
const DEV_ORIGIN = "https://localhost:3000";

/** BDG_PUBLIC_URL without its trailing slash, checked; the dev origin when unset or not a production build. */
function publicOrigin(envValue, production) {
  const fromEnv = String(envValue || "").trim().replace(/\/+$/, "");
  if (!fromEnv || !production) return DEV_ORIGIN;
  if (!/^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(fromEnv)) {
    throw new Error(`BDG_PUBLIC_URL phải là một địa chỉ https (nhận được "${fromEnv}")`);
  }
  return fromEnv;
}

/** Every dev-server URL of the manifest, pointed at `origin`. */
function rewriteManifest(xml, origin) {
  return String(xml).split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_ORIGIN, publicOrigin, rewriteManifest };
