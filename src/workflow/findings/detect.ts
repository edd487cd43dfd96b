/**
 * Automatic findings for the secrecy review (保密审查): personal data (resident ID numbers, mobile numbers, bank
 * card numbers, e-mail addresses) and configured sensitive words in a piece of text. Pure: no Payload, no I/O.
 *
 * A finding never carries the full value it found (`masked`), so storing or showing findings does not itself
 * disclose the personal data the review is meant to catch.
 */

export type FindingKind = 'id-number' | 'mobile' | 'bank-card' | 'email' | 'sensitive-word'

export const FINDING_KINDS: readonly FindingKind[] = ['id-number', 'mobile', 'bank-card', 'email', 'sensitive-word']

export interface Finding {
  kind: FindingKind
  /** The value with its identifying middle hidden; a sensitive word is shown as it appears in the text. */
  masked: string
  /** UTF-16 offsets into the scanned text: text.slice(start, end) is what was found. */
  start: number
  end: number
  /** Where the text came from (`title`, `body`, `attachment:<name>`): filled in by scanEntry. */
  source?: string
  /** For a sensitive word: the configured word that matched. */
  word?: string
}

export interface DetectOptions {
  /** Words to look for, literally and case-insensitively. Empty or blank words are ignored. */
  sensitiveWords?: readonly string[]
  /** "Today" for the birth-date check (tests); defaults to the current date. */
  now?: Date
}

/**
 * Folds full-width ASCII (０-９, Ｘ, ＠, －, ＋ …) and the ideographic space to their ASCII forms, and lower-cases
 * letters, one UTF-16 unit for one unit: Chinese documents often type numbers in full width, and keeping the
 * length means offsets found in the folded text are offsets in the original.
 */
const foldChar = (c: string): string => {
  const code = c.charCodeAt(0)
  if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0)
  else if (code === 0x3000) return ' '
  const lower = c.toLowerCase()
  // A few characters lower-case to two units (İ → i̇): keep those as they are so the length stays the same.
  return lower.length === 1 ? lower : c
}

export const foldText = (text: string): string => {
  let out = ''
  for (let i = 0; i < text.length; i++) out += foldChar(text[i])
  return out
}

// --- Resident ID numbers (公民身份号码), GB 11643-1999 --------------------------------------------------------

/** GB 11643-1999 / ISO 7064 MOD 11-2: weight of each of the first 17 digits (2^(18-i) mod 11). */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
/** GB 11643-1999: check character for (Σ digit × weight) mod 11 = 0 … 10. */
const ID_CHECK_CHARS = '10X98765432'

/** The check character of the first 17 digits of an 18-digit resident ID number. */
export const idNumberCheckChar = (first17: string): string => {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]
  return ID_CHECK_CHARS[sum % 11]
}

/** A real calendar date from 1900-01-01 up to today (a birth date cannot be in the future). */
const isBirthDate = (year: number, month: number, day: number, now: Date): boolean => {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())
  return date.getTime() <= today
}

/**
 * An 18-digit resident ID number (GB 11643-1999): 6-digit address code (first digit 1-8, the regions of the
 * mainland), 8-digit birth date, 3-digit sequence, check character. Case-insensitive x for X.
 */
export const isValidIdNumber = (value: string, now: Date = new Date()): boolean => {
  const id = value.toUpperCase()
  if (!/^[1-8]\d{16}[\dX]$/.test(id)) return false
  if (!isBirthDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)), now)) return false
  return idNumberCheckChar(id) === id[17]
}

// Not preceded or followed by another digit, so a run of 19+ digits holds no ID number.
const ID_PATTERN = /(?<!\d)[1-8]\d{16}[\dx](?![\dx])/g

// --- Mobile numbers ---------------------------------------------------------------------------------------------

/**
 * 11 digits starting 13-19, optionally after +86 / 0086 / 86 (with an optional space or hyphen), optionally
 * written 3-4-4 with one kind of separator. Not part of a longer digit run.
 */
const MOBILE_PATTERN = /(?<![\d+])(?:(?:\+|00)?86[ -]?)?(1[3-9]\d)([ -]?)(\d{4})\2(\d{4})(?!\d)/g

// --- Bank card numbers ------------------------------------------------------------------------------------------

/** The Luhn (ISO/IEC 7812-1) check every payment card number carries. */
export const passesLuhn = (digits: string): boolean => {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (d < 0 || d > 9) return false
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

/**
 * 16-19 digits in a row, or groups of four split by one kind of separator (space or hyphen) with an optional
 * short last group ("6222 0212 3456 7890 123"). A grouped number followed by another group is a longer number.
 */
const CARD_PATTERN = /(?<!\d)(?:\d{16,19}(?!\d)|\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?!\d|\1\d))/g

// --- E-mail addresses -------------------------------------------------------------------------------------------

/** ASCII addresses: dot-atom local part, host names of letters/digits/hyphens, a letter TLD. */
const EMAIL_PATTERN =
  /(?<![\w.%+-])[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?![\w-])/g

// --- Masking ----------------------------------------------------------------------------------------------------

const stars = (n: number): string => '*'.repeat(Math.max(n, 0))

/** 110105********002X: address code and last four, the birth date and sequence hidden. */
export const maskIdNumber = (id: string): string => `${id.slice(0, 6)}${stars(id.length - 10)}${id.slice(-4)}`.toUpperCase()
/** 138****5678. */
export const maskMobile = (digits: string): string => `${digits.slice(0, 3)}****${digits.slice(-4)}`
/** 6222***********0123: issuer prefix and last four. */
export const maskCard = (digits: string): string => `${digits.slice(0, 4)}${stars(digits.length - 8)}${digits.slice(-4)}`
/** z***@example.com: the first character of the mailbox name, the domain kept (it names an organisation). */
export const maskEmail = (email: string): string => {
  const at = email.lastIndexOf('@')
  return `${email.slice(0, 1)}***${email.slice(at)}`
}

// --- Detection --------------------------------------------------------------------------------------------------

const digitsOf = (s: string): string => s.replace(/\D/g, '')

interface Span {
  start: number
  end: number
}

/**
 * Lookups among spans from one regex's matches (in order, never overlapping, so their ends are in order too):
 * binary search keeps a text with tens of thousands of numbers and addresses linear-ish.
 */
const spanIndex = (spans: readonly Span[]) => {
  /** The last span starting before `pos` (or at it when `inclusive`), or undefined. */
  const lastStartingBefore = (pos: number, inclusive: boolean): Span | undefined => {
    let lo = 0
    let hi = spans.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (spans[mid].start < pos || (inclusive && spans[mid].start === pos)) lo = mid + 1
      else hi = mid
    }
    return lo > 0 ? spans[lo - 1] : undefined
  }
  return {
    contains: (inner: Span): boolean => {
      const outer = lastStartingBefore(inner.start, true)
      return outer !== undefined && inner.end <= outer.end
    },
    overlaps: (span: Span): boolean => {
      const other = lastStartingBefore(span.end, false)
      return other !== undefined && other.end > span.start
    },
  }
}

/** Every occurrence (overlapping ones too) of each configured word, case-insensitively. */
const findSensitiveWords = (folded: string, original: string, words: readonly string[]): Finding[] => {
  const found: Finding[] = []
  const seen = new Set<string>()
  for (const raw of words) {
    if (typeof raw !== 'string') continue
    const word = raw.trim()
    if (!word) continue
    const needle = foldText(word)
    if (seen.has(needle)) continue
    seen.add(needle)
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const end = at + needle.length
      found.push({ kind: 'sensitive-word', masked: original.slice(at, end), start: at, end, word })
    }
  }
  return found
}

const kindOrder = (kind: FindingKind): number => FINDING_KINDS.indexOf(kind)

/** Sorted by position (then length, then kind) without repeats of the same kind at the same place. */
export const sortFindings = <F extends Finding>(findings: readonly F[]): F[] => {
  const seen = new Set<string>()
  return [...findings]
    .sort((a, b) => a.start - b.start || a.end - b.end || kindOrder(a.kind) - kindOrder(b.kind))
    .filter((f) => {
      const key = `${f.source ?? ''}\u0000${f.kind}\u0000${f.start}\u0000${f.end}\u0000${f.word ?? ''}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/**
 * Personal data and sensitive words in `text`. Numbers that fail their check (ID check character, birth date,
 * Luhn) are not findings, so ordinary long numbers (document numbers, amounts) do not flood the review.
 */
export const detectFindings = (text: string, options: DetectOptions = {}): Finding[] => {
  if (typeof text !== 'string' || text.length === 0) return []
  const folded = foldText(text)
  const now = options.now ?? new Date()

  const emails: Finding[] = []
  for (const m of folded.matchAll(EMAIL_PATTERN)) {
    const start = m.index
    const end = start + m[0].length
    emails.push({ kind: 'email', masked: maskEmail(text.slice(start, end)), start, end })
  }
  // Digits inside an address (13812345678@139.com) are part of the address, reported once as an e-mail.
  const inEmail = spanIndex(emails).contains

  const ids: Finding[] = []
  for (const m of folded.matchAll(ID_PATTERN)) {
    const start = m.index
    const end = start + m[0].length
    if (!isValidIdNumber(m[0], now)) continue
    const span = { kind: 'id-number' as const, masked: maskIdNumber(m[0]), start, end }
    if (!inEmail(span)) ids.push(span)
  }

  const mobiles: Finding[] = []
  for (const m of folded.matchAll(MOBILE_PATTERN)) {
    const start = m.index
    const end = start + m[0].length
    const digits = `${m[1]}${m[3]}${m[4]}`
    const span = { kind: 'mobile' as const, masked: maskMobile(digits), start, end }
    if (!inEmail(span)) mobiles.push(span)
  }

  const idSpans = spanIndex(ids)
  const cards: Finding[] = []
  for (const m of folded.matchAll(CARD_PATTERN)) {
    const start = m.index
    const end = start + m[0].length
    const digits = digitsOf(m[0])
    if (digits.length < 16 || digits.length > 19 || !passesLuhn(digits)) continue
    const span = { kind: 'bank-card' as const, masked: maskCard(digits), start, end }
    // About one in ten ID numbers also passes Luhn: a number already reported as an ID is not a card as well.
    if (inEmail(span) || idSpans.overlaps(span)) continue
    cards.push(span)
  }

  const words = findSensitiveWords(folded, text, options.sensitiveWords ?? [])
  return sortFindings([...ids, ...mobiles, ...cards, ...emails, ...words])
}
