/**
 * Vocabularies of policy documents and their interpretations. Plain data: labels in Chinese and English.
 */

/** 文件类型. 规章 and 行政规范性文件 need an interpretation released with them by default (三同步). */
export const DOCUMENT_TYPES = ['rule', 'normative', 'other'] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, { zh: string; en: string }> = {
  rule: { zh: '规章', en: 'Rule (规章)' },
  normative: { zh: '行政规范性文件', en: 'Normative document' },
  other: { zh: '其他政策文件', en: 'Other policy document' },
}

/** Types that by default cannot go to review without an interpretation (seed 001: 三同步; seed 004). */
export const TYPES_REQUIRING_INTERPRETATION: readonly DocumentType[] = ['rule', 'normative']

/** 解读形式 */
export const INTERPRETATION_FORMS = [
  'text',
  'graphic',
  'qa',
  'audio-video',
  'press-conference',
  'expert',
  'online-interview',
  'media-interview',
  'press-qa',
  'other',
] as const
export type InterpretationForm = (typeof INTERPRETATION_FORMS)[number]

export const INTERPRETATION_FORM_LABELS: Record<InterpretationForm, { zh: string; en: string }> = {
  text: { zh: '文字解读', en: 'Text' },
  graphic: { zh: '图文/图解', en: 'Graphic' },
  qa: { zh: '政策问答', en: 'Q&A' },
  'audio-video': { zh: '音视频', en: 'Audio/video' },
  'press-conference': { zh: '新闻发布会', en: 'Press conference' },
  expert: { zh: '专家解读', en: 'Expert' },
  'online-interview': { zh: '在线访谈', en: 'Online interview' },
  'media-interview': { zh: '媒体专访', en: 'Media interview' },
  'press-qa': { zh: '答记者问', en: 'Answers to the press' },
  other: { zh: '其他', en: 'Other' },
}

/**
 * 主题分类: the top level of the State Council's subject classification of government documents, as used
 * by 中国政府网 政策文件库 and most local 政府信息公开 platforms.
 */
export const POLICY_SUBJECTS = {
  general: { zh: '综合政务', en: 'General government affairs' },
  economy: { zh: '国民经济管理、国有资产监管', en: 'Economic management, state assets' },
  finance: { zh: '财政、金融、审计', en: 'Finance, banking, audit' },
  land: { zh: '国土资源、能源', en: 'Land resources, energy' },
  agriculture: { zh: '农业、林业、水利', en: 'Agriculture, forestry, water' },
  industry: { zh: '工业、交通', en: 'Industry, transport' },
  commerce: { zh: '商贸、海关、旅游', en: 'Trade, customs, tourism' },
  market: { zh: '市场监管、安全生产监管', en: 'Market and work-safety regulation' },
  construction: { zh: '城乡建设、环境保护', en: 'Urban and rural construction, environment' },
  science: { zh: '科技、教育', en: 'Science, education' },
  culture: { zh: '文化、广电、新闻出版', en: 'Culture, broadcasting, press' },
  health: { zh: '卫生、体育', en: 'Health, sport' },
  population: { zh: '人口与计划生育、妇女儿童工作', en: 'Population, women and children' },
  labour: { zh: '劳动、人事、监察', en: 'Labour, personnel, supervision' },
  security: { zh: '公安、安全、司法', en: 'Public security, justice' },
  civil: { zh: '民政、扶贫、救灾', en: 'Civil affairs, poverty relief, disaster relief' },
  ethnic: { zh: '民族、宗教', en: 'Ethnic and religious affairs' },
  foreign: { zh: '对外事务', en: 'Foreign affairs' },
  hmt: { zh: '港澳台侨工作', en: 'Hong Kong, Macao, Taiwan, overseas Chinese' },
  defence: { zh: '国防', en: 'National defence' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<string, { zh: string; en: string }>
