/**
 * Standard catalog import/export (基层政务公开标准目录): XLSX and CSV in the published layouts ↔ CatalogRow.
 * Pure: no Payload import.
 */
export type {
  Audience,
  CatalogFileFormat,
  CatalogImport,
  CatalogRow,
  Channel,
  ImportProblem,
  Level,
  LevelColumns,
  Mode,
  ReadCatalogOptions,
  WriteCatalogCsvOptions,
  WriteCatalogXlsxOptions,
} from './types.js'
export {
  AUDIENCES,
  CHANNEL_KEYWORDS,
  CHANNELS,
  COLUMN_HEADERS,
  type ColumnField,
  DOMAIN_NAMES,
  EXPORT_CHANNEL_MARK,
  EXPORT_HEADERS,
  EXPORT_MARK,
  FOOTNOTE_PATTERNS,
  LEVEL_ENDINGS,
  LEVELS,
  MODES,
  SELECTED_MARKS,
  SYMBOL_FONT_CHARACTERS,
  UNSELECTED_MARKS,
  type VocabularyEntry,
} from './vocabulary.js'
export {
  audienceFromLabel,
  channelFromLabel,
  type ChannelReading,
  findDomain,
  headerField,
  labelOf,
  levelsFromLabel,
  type MarkReading,
  modeFromLabel,
  parseChannelText,
  parseLabelList,
  readMark,
} from './match.js'
export { normalizeCatalogRow } from './normalize.js'
export { readCatalogFile } from './read.js'
export { writeCatalogXlsx } from './write-xlsx.js'
export { writeCatalogCsv } from './write-csv.js'
export { formatChannels } from './layout.js'
export { decodeCsvBytes, encodeCsv, parseCsv, stringifyCsv } from './csv.js'
export {
  type ReferenceCatalogGroup,
  type ReferenceCatalogRow,
  REFERENCE_EXTRA_FIELDS,
  referenceGroupToCatalogRows,
  referenceRowToCatalogRow,
  stripReferenceAnnotations,
} from './reference.js'
