/**
 * The client's IP address for the audit log. Pure.
 *
 * The Express server (src/http/app.ts) overwrites {@link CLIENT_IP_HEADER} on every request with the
 * address it determined (the socket's, or, with trust proxy on, the one the trusted proxies report), so
 * a value sent by a client never survives. Requests that did not come through that server fall back to
 * `X-Forwarded-For` (first entry) and `X-Real-IP`, which a client can forge.
 */

/** Private header carrying the client address from the Express server to Payload. */
export const CLIENT_IP_HEADER = 'x-disclosure-client-ip'

/** `::ffff:127.0.0.1` → `127.0.0.1`; brackets and ports of `[::1]:80` / `1.2.3.4:80` dropped. */
export const normaliseIp = (value: string | null | undefined): string | null => {
  let ip = (value ?? '').trim()
  if (ip === '' || ip.toLowerCase() === 'unknown') return null
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip)
  if (bracketed) ip = bracketed[1]!
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(':'))
  if (/^::ffff:\d{1,3}(?:\.\d{1,3}){3}$/i.test(ip)) ip = ip.slice(7)
  return ip.length > 100 ? ip.slice(0, 100) : ip
}

/** The client address from request headers: the server's private header, else X-Forwarded-For's first entry, else X-Real-IP. */
export const clientIpFromHeaders = (get: (name: string) => string | null | undefined): string | null =>
  normaliseIp(get(CLIENT_IP_HEADER)) ??
  normaliseIp((get('x-forwarded-for') ?? '').split(',')[0]) ??
  normaliseIp(get('x-real-ip'))

/**
 * Express's `trust proxy` setting from `TRUST_PROXY`: unset, empty or `false` → off (the socket address
 * is the client); `true` → trust every hop; a number → that many hops; anything else (`loopback`,
 * `10.0.0.0/8, 192.168.1.1`) → the addresses or subnets to trust.
 */
export const parseTrustProxy = (value: string | undefined): boolean | number | string => {
  const text = (value ?? '').trim()
  if (text === '' || text.toLowerCase() === 'false') return false
  if (text.toLowerCase() === 'true') return true
  if (/^\d+$/.test(text)) return Number(text)
  return text
}
