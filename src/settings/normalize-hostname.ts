/**
 * The one spelling of a site that Leaderlens stores and compares: lower case, no scheme, port, path
 * or trailing dot, and no leading `www.` (readers think of `www.vnexpress.net` and `vnexpress.net`
 * as one site). International names come back in their ASCII (punycode) form, as `location.hostname`
 * reports them.
 *
 * Returns `null` for anything that names no host: empty text, `file:` URLs, text with spaces.
 *
 * @example
 * normalizeHostname('https://www.VnExpress.net/thoi-su') // 'vnexpress.net'
 * normalizeHostname('not a site')                        // null
 */
export function normalizeHostname(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '' || /\s/.test(trimmed)) return null;
  // The URL parser does the hard parts (IDN, IPv6, ports); a bare "vnexpress.net" needs a scheme.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `http://${trimmed}`;
  let host: string;
  try {
    host = new URL(withScheme).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  if (host === '' || host.length > 253) return null;
  return host;
}
