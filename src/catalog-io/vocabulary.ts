/**
 * The catalog vocabulary as plain data: channels, audience, mode and level labels with the variants found in
 * published catalogs, the header texts of each column, and the checkbox marks. Matching (see match.ts) compares
 * texts after NFKC normalisation with all whitespace removed, so full-width parentheses and spaces need no entry.
 */
import type { Audience, Channel, Level, Mode } from './types.js'

export interface VocabularyEntry<T extends string> {
  value: T
  /** The standard Chinese label, written on export. */
  label: string
  en: string
  /** Other texts meaning the same (exact match). */
  synonyms: readonly string[]
}

/** The standard channel set, in export order. */
export const CHANNELS: readonly VocabularyEntry<Channel>[] = [
  {
    value: 'government-website',
    label: '政府网站',
    en: 'Government website',
    synonyms: ['政府门户网站', '门户网站', '政府网', '政务网站', '政府信息公开网站', '政府信息公开专栏', '政府信息公开平台', '政务公开专栏', '政府网站信息公开专栏'],
  },
  { value: 'gazette', label: '政府公报', en: 'Government gazette', synonyms: ['公报'] },
  {
    value: 'two-micro-one-app',
    label: '两微一端',
    en: 'Government Weibo, WeChat and app',
    synonyms: [
      '政务微博', '政务微信', '政务客户端', '新媒体', '政务新媒体', '政务新媒体平台', '微博', '微信', '微信公众号',
      '政务微信公众号', '客户端', '移动客户端', 'APP', '政务APP', '微博微信', '政务微博微信', '两微一端一抖',
    ],
  },
  {
    value: 'press-conference',
    label: '发布会/听证会',
    en: 'Press conference / hearing',
    synonyms: ['发布会', '听证会', '新闻发布会', '发布会听证会', '新闻发布会/听证会', '发布会、听证会', '新闻发布会、听证会', '政府新闻发布会'],
  },
  { value: 'broadcast-tv', label: '广播电视', en: 'Radio and television', synonyms: ['广播', '电视', '广播、电视', '电视广播', '广电'] },
  {
    value: 'print',
    label: '纸质媒体',
    en: 'Print media',
    synonyms: ['报刊', '报纸', '杂志', '报刊杂志', '纸媒', '印刷品', '宣传册', '宣传资料', '纸质材料', '纸质媒介'],
  },
  {
    value: 'reading-point',
    label: '公开查阅点',
    en: 'Public reading point',
    synonyms: ['查阅点', '政府信息公开查阅点', '信息公开查阅点', '政务公开查阅点', '查阅场所', '档案馆', '公共图书馆', '图书馆'],
  },
  {
    value: 'service-center',
    label: '政务服务中心',
    en: 'Government service centre',
    synonyms: ['政府服务中心', '政务服务大厅', '政务大厅', '行政服务中心', '办事大厅', '为民服务中心', '政务服务场所'],
  },
  {
    value: 'convenience-station',
    label: '便民服务站',
    en: 'Convenience service station',
    synonyms: ['便民服务中心', '便民服务点', '村便民服务站', '社区便民服务站', '村(社区)便民服务站', '乡镇便民服务中心', '党群服务中心', '社区服务站'],
  },
  { value: 'door-to-door', label: '入户/现场', en: 'Door to door / on site', synonyms: ['入户', '现场', '入户现场', '入户、现场', '上门', '现场公示'] },
  {
    value: 'notice-board',
    label: '社区/企事业单位/村公示栏\uFF08电子屏\uFF09',
    en: 'Community, enterprise or village notice board (screen)',
    synonyms: [
      '公示栏', '公开栏', '公告栏', '宣传栏', '电子屏', '电子显示屏', '村务公开栏', '政务公开栏', '村公示栏', '社区公示栏',
      '公示栏(电子屏)', '社区/企事业单位/村公示栏', '社区、企事业单位、村公示栏(电子屏)', '单位/村委会公示栏(电子屏)',
    ],
  },
  { value: 'targeted-push', label: '精准推送', en: 'Targeted push', synonyms: ['短信', '短信推送', '定向推送'] },
  { value: 'other', label: '其他', en: 'Other', synonyms: ['其它'] },
]

/**
 * When no exact label matches, a channel text containing one of these keywords (first match wins) is recognised,
 * e.g. 社会保障和为民服务中心公开查阅点 → reading-point, 线下公示栏 → notice-board.
 */
export const CHANNEL_KEYWORDS: readonly { keyword: string; value: Channel }[] = [
  { keyword: '查阅点', value: 'reading-point' },
  { keyword: '查阅室', value: 'reading-point' },
  { keyword: '公示栏', value: 'notice-board' },
  { keyword: '公开栏', value: 'notice-board' },
  { keyword: '宣传栏', value: 'notice-board' },
  { keyword: '电子屏', value: 'notice-board' },
  { keyword: '便民服务', value: 'convenience-station' },
  { keyword: '政务服务中心', value: 'service-center' },
  { keyword: '政务服务大厅', value: 'service-center' },
  { keyword: '精准推送', value: 'targeted-push' },
  { keyword: '政务微博', value: 'two-micro-one-app' },
  { keyword: '政务微信', value: 'two-micro-one-app' },
]

export const AUDIENCES: readonly VocabularyEntry<Audience>[] = [
  { value: 'all', label: '全社会', en: 'The public', synonyms: ['社会公众', '公众', '全体', '全社会公开', '社会'] },
  { value: 'specific', label: '特定群体', en: 'Specific groups', synonyms: ['特定对象', '特定人群', '特定', '特定群众', '特定群体公开'] },
]

export const MODES: readonly VocabularyEntry<Mode>[] = [
  { value: 'proactive', label: '主动', en: 'Proactive', synonyms: ['主动公开'] },
  { value: 'on-request', label: '依申请', en: 'On request', synonyms: ['依申请公开', '申请公开'] },
]

/** The export labels of the levels, in order. */
export const LEVELS: readonly VocabularyEntry<Level>[] = [
  { value: 'city', label: '市级', en: 'City (prefecture)', synonyms: ['州级', '盟级', '地市级', '地区级', '设区的市级'] },
  { value: 'county', label: '县级', en: 'County', synonyms: ['区级', '县区级', '县(市、区)级', '县(区)级', '县市区级', '旗级'] },
  { value: 'township', label: '乡级', en: 'Township', synonyms: ['镇级', '乡镇级', '街道级', '乡(镇)级', '镇(街)级', '镇街乡', '乡镇(街道)级', '苏木级'] },
  { value: 'village', label: '村级', en: 'Village', synonyms: ['村', '社区级', '村(社区)级', '村居级', '嘎查级'] },
]

/**
 * How a level label is read when it is not an exact synonym: the label is split on 、,;/|+ and spaces
 * (乡、村级 → 乡 + 村级), parentheses are removed (镇(街)级 → 镇级), a final 级 is dropped, and the
 * ending decides, checked in this order (社区 before 区, 地区 before 区).
 */
export const LEVEL_ENDINGS: readonly { endings: readonly string[]; value: Level }[] = [
  { endings: ['社区', '村', '村居', '嘎查', '居委会'], value: 'village' },
  { endings: ['地区'], value: 'city' },
  { endings: ['乡', '镇', '街道', '街', '镇街', '镇街乡', '乡镇', '苏木'], value: 'township' },
  { endings: ['县', '区', '旗', '县区', '县市区'], value: 'county' },
  { endings: ['市', '州', '盟'], value: 'city' },
]

/** Roles of the catalog columns; each with the header texts that name it (compared without parentheses). */
export type ColumnField =
  | 'seq'
  | 'item'
  | 'l1'
  | 'l2'
  | 'l3'
  | 'content'
  | 'basis'
  | 'timeLimit'
  | 'subject'
  | 'channels'
  | 'audience'
  | 'mode'
  | 'level'

export const COLUMN_HEADERS: Readonly<Record<ColumnField, { label: string; variants: readonly string[] }>> = {
  seq: { label: '序号', variants: ['序号', '编号', '序'] },
  /** The group header over 一级/二级/三级事项. */
  item: { label: '公开事项', variants: ['公开事项', '事项', '公开事项名称', '事项名称'] },
  l1: { label: '一级事项', variants: ['一级事项', '一级', '一级公开事项', '一级目录', '一级类别', '一级指标'] },
  l2: { label: '二级事项', variants: ['二级事项', '二级', '二级公开事项', '二级目录', '二级类别', '二级指标'] },
  l3: { label: '三级事项', variants: ['三级事项', '三级', '三级公开事项', '三级目录', '三级类别'] },
  content: { label: '公开内容', variants: ['公开内容', '公开内容要素', '公开要素', '内容要素', '公开的内容', '公开内容及要素'] },
  basis: { label: '公开依据', variants: ['公开依据', '依据', '公开的依据', '法律依据', '政策依据'] },
  timeLimit: { label: '公开时限', variants: ['公开时限', '时限', '公开时间', '公开期限', '公开时效'] },
  subject: { label: '公开主体', variants: ['公开主体', '责任主体', '公开责任主体', '发布主体', '主体', '公开单位'] },
  channels: {
    label: '公开渠道和载体',
    variants: ['公开渠道和载体', '公开渠道', '公开载体', '渠道和载体', '公开渠道及载体', '公开渠道与载体', '公开途径', '公开渠道载体'],
  },
  audience: { label: '公开对象', variants: ['公开对象', '公开范围'] },
  /** 公开属性 (Sichuan variant) holds 主动公开 and wins over a 公开方式 column beside it, which then is kept as an extra. */
  mode: { label: '公开方式', variants: ['公开方式', '公开属性', '公开类型'] },
  level: { label: '公开层级', variants: ['公开层级', '层级', '公开层次', '公开级别'] },
}

/** Header texts written on export (the 公开内容 header carries its customary （要素）). */
export const EXPORT_HEADERS = {
  seq: '序号',
  item: '公开事项',
  l1: '一级事项',
  l2: '二级事项',
  l3: '三级事项',
  content: '公开内容\uFF08要素\uFF09',
  basis: '公开依据',
  timeLimit: '公开时限',
  subject: '公开主体',
  channels: '公开渠道和载体',
  audience: '公开对象',
  mode: '公开方式',
  level: '公开层级',
} as const

/**
 * Checkbox marks. Selected: √ ✓ ✔ ☑ ■ ● ◆ ⧫ ▣ and ☒ (Word's default "checked" box). Not selected: blank,
 * □ ☐ ○ ◇ ◻ ⬜ and the "not applicable" dashes / - — 无. A cell holding its own column label (e.g. 主动 in the
 * 主动 column) counts as selected. Anything else (x, ×, ?, 是 …) is an error: the intent is ambiguous.
 */
export const SELECTED_MARKS: readonly string[] = ['√', '✓', '✔', '☑', '■', '●', '◆', '⧫', '▣', '☒']
export const UNSELECTED_MARKS: readonly string[] = ['□', '☐', '○', '◇', '◻', '⬜', '/', '-', '—', '–', '无']

/** The mark written on export for a selected checkbox. */
export const EXPORT_MARK = '√'
/** The mark written before each selected channel on export. */
export const EXPORT_CHANNEL_MARK = '■'

/**
 * Symbol fonts: Excel/WPS sheets often draw boxes with a Wingdings letter (Wingdings 2 R = ☑, £ = □;
 * Wingdings n = ■, t = ⧫, þ = ☑ …). Text in a run or cell with one of these fonts is translated.
 */
export const SYMBOL_FONT_CHARACTERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  wingdings: {
    l: '●', n: '■', o: '□', q: '□', t: '⧫', u: '◆', '¡': '○', '¨': '□', 'û': '✗', 'ü': '✓', 'ý': '☒', 'þ': '☑',
  },
  'wingdings 2': { O: '✗', P: '✓', R: '☑', T: '☒', '£': '□' },
}

/** Footnote rows below the table (注:… 说明:… 备注:…) are ignored with a warning. */
export const FOOTNOTE_PATTERNS: readonly RegExp[] = [
  /^(注|注释|说明|备注|附注|填表说明|填报说明)\s*[:\uFF1A]/,
  /^注\s*[0-9\uFF10-\uFF19一二三四五六七八九十①②③④⑤⑥⑦⑧⑨]/,
  /^(填表说明|填报说明|附注)/,
  /^[※*\uFF0A]/,
]

/** The 26 domains (plus names some localities use for them), for the domain hint of an import. */
export const DOMAIN_NAMES: readonly { name: string; aliases: readonly string[] }[] = [
  { name: '重大建设项目', aliases: ['重大建设项目批准和实施'] },
  { name: '公共资源交易', aliases: [] },
  { name: '财政预决算', aliases: ['预决算', '财政预算'] },
  { name: '安全生产', aliases: [] },
  { name: '救灾', aliases: ['自然灾害救助'] },
  { name: '税收管理', aliases: ['税收'] },
  { name: '征地补偿', aliases: ['农村集体土地征收', '征收土地'] },
  { name: '城乡规划', aliases: ['国土空间规划'] },
  { name: '国有土地上房屋征收与补偿', aliases: ['国有土地上房屋征收', '房屋征收'] },
  { name: '农村危房改造', aliases: ['危房改造'] },
  { name: '保障性住房', aliases: ['保障性安居工程', '住房保障'] },
  { name: '市政服务', aliases: [] },
  { name: '城市综合执法', aliases: ['城市管理综合执法', '综合行政执法'] },
  { name: '生态环境', aliases: ['环境保护'] },
  { name: '公共文化服务', aliases: ['公共文化'] },
  { name: '公共法律服务', aliases: [] },
  { name: '扶贫', aliases: ['乡村振兴', '脱贫攻坚'] },
  { name: '社会救助', aliases: [] },
  { name: '养老服务', aliases: [] },
  { name: '户籍管理', aliases: ['户籍', '户政'] },
  { name: '涉农补贴', aliases: [] },
  { name: '就业', aliases: ['就业创业'] },
  { name: '社会保险', aliases: ['社保'] },
  { name: '义务教育', aliases: [] },
  { name: '卫生健康', aliases: ['医疗卫生', '卫生计生'] },
  { name: '食品药品监管', aliases: ['食品药品监督管理', '食品药品'] },
]
