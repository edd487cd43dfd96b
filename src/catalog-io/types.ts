/** The plain-object model of a standard catalog (基层政务公开标准目录) row, as imported and exported. */

/** The standard channel set (公开渠道和载体). */
export type Channel =
  | 'government-website'
  | 'gazette'
  | 'two-micro-one-app'
  | 'press-conference'
  | 'broadcast-tv'
  | 'print'
  | 'reading-point'
  | 'service-center'
  | 'convenience-station'
  | 'door-to-door'
  | 'notice-board'
  | 'targeted-push'
  | 'other'

/** 公开对象: 全社会 / 特定群体 (特定对象). */
export type Audience = 'all' | 'specific'

/** 公开方式: 主动 / 依申请. */
export type Mode = 'proactive' | 'on-request'

/** 公开层级: 市级 / 县级 / 乡级 / 村级. */
export type Level = 'city' | 'county' | 'township' | 'village'

export interface CatalogRow {
  /** 1-based row in the sheet (set by the importer; CSV: 1-based record number). */
  rowNumber?: number
  /** 一级事项 */
  l1: string
  /** 二级事项 */
  l2: string
  /** 三级事项 (omitted when empty) */
  l3?: string
  /** 公开内容(要素) */
  content: string
  /** 公开依据 */
  basis: string
  /** 公开时限, verbatim */
  timeLimit: string
  /** 公开主体 */
  subject: string
  /** Recognised channels, in the order of the standard set, no duplicates. */
  channels: Channel[]
  /** Text of channels outside the standard set (their presence adds 'other' to `channels`); omitted when empty. */
  channelsOther?: string
  audience: Audience[]
  mode: Mode[]
  levels: Level[]
  /** Columns the catalog model does not know (咨询电话, 责任科室 …): header → text; omitted when empty. */
  extra?: Record<string, string>
}

export interface ImportProblem {
  /** Sheet row, 1-based (CSV: record number); 0 for the file as a whole. */
  row: number
  /** Header text of the column concerned, e.g. '公开时限' or '公开方式/主动'. */
  column?: string
  /** Chinese, then English. */
  problem: string
  severity: 'error' | 'warning'
}

export interface CatalogImport {
  /** Text of the title row above the header, if any. */
  title?: string
  /** Domain name (one of the 26, e.g. '义务教育') found in the title or the sheet name. */
  domainHint?: string
  /** Rows without errors, in sheet order. A row with an error is left out; its problems say why. */
  rows: CatalogRow[]
  problems: ImportProblem[]
}

export type CatalogFileFormat = 'xlsx' | 'csv'

export interface ReadCatalogOptions {
  /**
   * XLSX only: the worksheet, by name or by 0-based position in the workbook.
   * Default: the first worksheet that has a recognisable header.
   */
  sheet?: string | number
}

/** The level columns (公开层级) of an exported sheet. */
export type LevelColumns = readonly Level[]

export interface WriteCatalogXlsxOptions {
  /** Title row text, e.g. '示范区义务教育领域基层政务公开标准目录'. */
  title: string
  /** Worksheet name; default the domain found in the title, else '标准目录'. Invalid characters are replaced, max 31. */
  sheetName?: string
  /**
   * Level columns to show (default 县级, 乡级). Levels used by any row are always added, and 县级 is added
   * whenever 市级 is shown (a 市级 column without 县级 reads back as a county-level city's own level).
   */
  levels?: LevelColumns
}

export interface WriteCatalogCsvOptions {
  /** When given, written as a first record of its own above the header. */
  title?: string
}
