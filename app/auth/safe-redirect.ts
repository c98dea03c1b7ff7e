/** Stands in for this site while a redirect target is parsed: only its origin matters. */
const thisSite = "https://front-door.invalid";

/**
 * A path on this site to send someone back to after signing in, or the
 * fallback. The target is parsed as a browser parses a Location header (tabs
 * and newlines dropped, a backslash read as a slash), so `/\t/other.example`
 * or `/\\other.example` cannot slip through as a path and land off-site. Control
 * characters and backslashes are refused outright, and what comes back is the
 * parsed path, so it is also safe to put in a header.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/home"): string {
  if (typeof to !== "string" || !to.startsWith("/")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, thisSite);
  } catch {
    return fallback;
  }
  if (url.origin !== thisSite || !url.pathname.startsWith("/") || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
