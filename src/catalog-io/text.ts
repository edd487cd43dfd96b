/** Text normalisation shared by the reader, the writers and the vocabulary matching. */

/** A cell's text as kept in a row: line breaks unified to \n, ends trimmed, everything else verbatim. */
export const cleanCellText = (text: string): string => text.replace(/\r\n?/g, '\n').trim()

/**
 * The key a text is matched by: NFKC (full-width letters, digits, parentheses and spaces become half-width),
 * no whitespace at all, Latin letters in upper case.
 */
export const matchKey = (text: string): string => text.normalize('NFKC').replace(/\s+/gu, '').toUpperCase()

/** Parenthesised, bracketed and quoted asides removed: 公开内容(要素) → 公开内容, 镇(街)级 → 镇级. */
export const withoutAsides = (key: string): string => {
  let previous: string
  let out = key
  do {
    previous = out
    out = out.replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕|<[^<>]*>|《[^《》]*》/g, '')
  } while (out !== previous)
  return out
}

/** The key a header cell is compared by: matchKey, asides removed, leading required-markers and trailing colons dropped. */
export const headerBase = (text: string): string =>
  withoutAsides(matchKey(text))
    .replace(/^[*※★]+/, '')
    .replace(/[:\uFF1A]+$/, '')

/** A header's text as shown in problems and used as an extra-column key: trimmed, all whitespace removed. */
export const headerDisplay = (text: string): string => text.replace(/\s+/gu, '')

/**
 * Splits a list text on 、 , ; | + newlines and spaces (both widths), and with `conjunctions` also on / 和 及 与
 * (for short label lists such as 县级和乡级 or 主动/依申请 only: channel labels contain /). Empty parts are dropped.
 */
export const splitList = (text: string, options: { conjunctions?: boolean } = {}): string[] =>
  text
    .split(options.conjunctions ? /[\u3001,\uFF0C;\uFF1B|\uFF5C+\uFF0B/\uFF0F\s\u548C\u53CA\u4E0E]+/u : /[\u3001,\uFF0C;\uFF1B|\uFF5C+\uFF0B\s]+/u)
    .map((part) => part.trim())
    .filter((part) => part !== '')

/** Shortens a text for a problem message. */
export const excerpt = (text: string, max = 30): string => {
  const oneLine = text.replace(/\s+/gu, ' ').trim()
  return oneLine.length > max ? `${oneLine.slice(0, max)}\u2026` : oneLine
}
