/** Matching texts against the vocabulary tables: labels → values, marks, channel and level lists, header names. */
import { excerpt, headerBase, matchKey, splitList, withoutAsides } from './text.js'
import type { Audience, Channel, Level, Mode } from './types.js'
import {
  AUDIENCES,
  CHANNEL_KEYWORDS,
  CHANNELS,
  COLUMN_HEADERS,
  type ColumnField,
  DOMAIN_NAMES,
  LEVEL_ENDINGS,
  LEVELS,
  MODES,
  SELECTED_MARKS,
  UNSELECTED_MARKS,
  type VocabularyEntry,
} from './vocabulary.js'

const indexVocabulary = <T extends string>(entries: readonly VocabularyEntry<T>[], key = matchKey): Map<string, T> => {
  const index = new Map<string, T>()
  for (const entry of entries) {
    for (const text of [entry.label, ...entry.synonyms]) index.set(key(text), entry.value)
  }
  return index
}

const channelIndex = indexVocabulary(CHANNELS)
const audienceIndex = indexVocabulary(AUDIENCES)
const modeIndex = indexVocabulary(MODES)
const levelIndex = indexVocabulary(LEVELS)
const levelIndexWithoutAsides = indexVocabulary(LEVELS, (text) => withoutAsides(matchKey(text)))

const headerIndex = new Map<string, ColumnField>()
for (const [field, { variants }] of Object.entries(COLUMN_HEADERS) as [ColumnField, { variants: readonly string[] }][]) {
  for (const variant of variants) headerIndex.set(headerBase(variant), field)
}

/** Puts values in vocabulary order, without duplicates. */
export const inVocabularyOrder = <T extends string>(values: Iterable<T>, entries: readonly VocabularyEntry<T>[]): T[] => {
  const present = new Set(values)
  return entries.map((entry) => entry.value).filter((value) => present.has(value))
}

export const labelOf = <T extends string>(value: T, entries: readonly VocabularyEntry<T>[]): string =>
  entries.find((entry) => entry.value === value)?.label ?? value

/** The column a header text names (公开内容(要素) → content, 公 开 时 限 → timeLimit), if any. */
export const headerField = (text: string): ColumnField | undefined => headerIndex.get(headerBase(text))

export const audienceFromLabel = (label: string): Audience | undefined =>
  audienceIndex.get(matchKey(label)) ?? audienceIndex.get(withoutAsides(matchKey(label)))

export const modeFromLabel = (label: string): Mode | undefined =>
  modeIndex.get(matchKey(label)) ?? modeIndex.get(withoutAsides(matchKey(label)))

const singleLevel = (label: string): Level | undefined => {
  const exact = levelIndex.get(matchKey(label)) ?? levelIndexWithoutAsides.get(withoutAsides(matchKey(label)))
  if (exact) return exact
  const stem = withoutAsides(matchKey(label)).replace(/级$/, '')
  if (stem === '') return undefined
  for (const { endings, value } of LEVEL_ENDINGS) {
    if (endings.some((ending) => stem.endsWith(ending))) return value
  }
  return undefined
}

/**
 * The levels a label stands for: 县级 → county, 乡、村级 → township + village, 镇(街)级 / 镇街乡 → township,
 * 东阳市级 → city (a checkbox header may re-read it as county, see header.ts). Undefined if any part is unknown.
 */
export const levelsFromLabel = (label: string): Level[] | undefined => {
  const exact = levelIndex.get(matchKey(label))
  if (exact) return [exact]
  // Split before removing whitespace (县级 乡级), and after each inner 级 (县级乡级).
  const parts = splitList(withoutAsides(label.normalize('NFKC')), { conjunctions: true }).flatMap((part) => part.split(/(?<=级)(?=.)/u))
  if (parts.length === 0) return undefined
  const levels: Level[] = []
  for (const part of parts) {
    const level = singleLevel(part)
    if (!level) return undefined
    levels.push(level)
  }
  return inVocabularyOrder(levels, LEVELS)
}

/** A text list of labels (全社会、特定群体 / 县级 乡级): the values found and the parts not understood. */
export const parseLabelList = <T extends string>(
  text: string,
  fromLabel: (label: string) => T | T[] | undefined,
  entries: readonly VocabularyEntry<T>[],
): { values: T[]; unknown: string[] } => {
  const values: T[] = []
  const unknown: string[] = []
  const whole = fromLabel(text)
  if (whole !== undefined) return { values: inVocabularyOrder(([] as T[]).concat(whole), entries), unknown }
  for (const part of splitList(text, { conjunctions: true })) {
    const found = fromLabel(part)
    if (found === undefined) unknown.push(part)
    else values.push(...([] as T[]).concat(found))
  }
  return { values: inVocabularyOrder(values, entries), unknown }
}

export type MarkReading = 'selected' | 'unselected' | 'unknown'

/**
 * A checkbox cell: selected (√ ✓ ■ ☑ ● ◆ …, or the column's own label), not selected (blank, □ ☐ ○ …, / — 无)
 * or unknown (anything else, an error for the caller to report).
 */
export const readMark = (text: string, ownLabels: readonly string[] = []): MarkReading => {
  const compact = text.replace(/\s+/gu, '')
  if (compact === '') return 'unselected'
  if (SELECTED_MARKS.includes(compact)) return 'selected'
  if (UNSELECTED_MARKS.includes(compact)) return 'unselected'
  const key = matchKey(compact)
  if (ownLabels.some((label) => matchKey(label) === key)) return 'selected'
  return 'unknown'
}

/** One channel label (no marks): exact label or synonym, else a keyword it contains. */
export const channelFromLabel = (label: string): Channel | undefined => {
  const key = matchKey(label)
  const exact = channelIndex.get(key) ?? channelIndex.get(withoutAsides(key))
  if (exact) return exact
  const keyword = CHANNEL_KEYWORDS.find((entry) => key.includes(matchKey(entry.keyword)))
  return keyword?.value
}

/** Characters that open a channel in a marked list (■政府网站 □两微一端): the checkbox marks that are symbols. */
const CHANNEL_MARK_CHARACTERS = [...SELECTED_MARKS, '□', '☐', '○', '◇', '◻', '⬜', '✗']
const SELECTED_CHANNEL_MARKS = new Set(SELECTED_MARKS)
const SEPARATORS = /^[\s\u3001,\uFF0C;\uFF1B.\u3002]+|[\s\u3001,\uFF0C;\uFF1B.\u3002]+$/gu
const NUMBERING = /^(\(?[0-9\uFF10-\uFF19]+[.\uFF0E\u3001)\uFF09]|[①②③④⑤⑥⑦⑧⑨⑩])\s*/u
const OTHER_PREFIX = /^(其他|其它)/u

export interface ChannelReading {
  channels: Channel[]
  /** Texts of channels outside the standard set: 其他:… texts, then unrecognised labels. */
  otherTexts: string[]
  /** The unrecognised labels (for a warning). */
  unknown: string[]
}

const readChannelLabel = (raw: string, reading: { channels: Channel[]; otherTexts: string[]; unknown: string[] }): void => {
  const label = raw.replace(SEPARATORS, '').replace(NUMBERING, '').trim()
  if (label === '') return
  if (OTHER_PREFIX.test(label)) {
    reading.channels.push('other')
    let rest = label.replace(OTHER_PREFIX, '').trim()
    const parenthesised = /^[(\uFF08](.*)[)\uFF09]$/su.exec(rest)
    if (parenthesised) rest = parenthesised[1].trim()
    else rest = rest.replace(/^[:\uFF1A]\s*/u, '')
    if (rest !== '') reading.otherTexts.push(rest)
    return
  }
  const channel = channelFromLabel(label)
  if (channel) {
    reading.channels.push(channel)
    return
  }
  const parts = splitList(label)
  const partChannels = parts.map(channelFromLabel)
  if (parts.length > 1 && partChannels.every((c) => c !== undefined)) {
    reading.channels.push(...(partChannels as Channel[]))
    return
  }
  reading.channels.push('other')
  reading.unknown.push(label)
}

/**
 * A 公开渠道和载体 text. With marks (■政府网站 □政务服务中心 ■两微一端) each selected mark opens a label that runs
 * to the next mark, unselected ones are dropped; without marks (政府网站、政务服务中心 / 1.政府网站; 2.其他) the text
 * is a list. 其他 / 其他:text gives 'other' (+ text); an unrecognised label gives 'other' and is reported.
 */
export const parseChannelText = (text: string): ChannelReading => {
  const reading = { channels: [] as Channel[], otherTexts: [] as string[], unknown: [] as string[] }
  const characters = [...text]
  const firstMark = characters.findIndex((c) => CHANNEL_MARK_CHARACTERS.includes(c))
  if (firstMark === -1) {
    for (const part of splitList(text)) readChannelLabel(part, reading)
  } else {
    const before = characters.slice(0, firstMark).join('')
    for (const part of splitList(before)) readChannelLabel(part, reading)
    let mark = characters[firstMark]
    let label = ''
    for (const c of characters.slice(firstMark + 1)) {
      if (CHANNEL_MARK_CHARACTERS.includes(c)) {
        if (SELECTED_CHANNEL_MARKS.has(mark)) readChannelLabel(label, reading)
        mark = c
        label = ''
      } else label += c
    }
    if (SELECTED_CHANNEL_MARKS.has(mark)) readChannelLabel(label, reading)
  }
  const channels = inVocabularyOrder(reading.channels, CHANNELS)
  const otherTexts = [...reading.otherTexts, ...reading.unknown]
  return { channels, otherTexts: [...new Set(otherTexts)], unknown: [...new Set(reading.unknown)] }
}

/** The domain (one of the 26) named in a text, by its name or a local alias; the longest match wins. */
export const findDomain = (text: string | undefined): string | undefined => {
  if (!text) return undefined
  const key = matchKey(text)
  let best: { name: string; length: number } | undefined
  for (const domain of DOMAIN_NAMES) {
    for (const name of [domain.name, ...domain.aliases]) {
      if (key.includes(matchKey(name)) && (!best || name.length > best.length)) best = { name: domain.name, length: name.length }
    }
  }
  return best?.name
}

/** A short quotation of a cell for problem messages. */
export const quote = (text: string): string => `“${excerpt(text)}”`
