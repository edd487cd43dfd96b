/**
 * The vocabularies of on-request disclosure (依申请公开), shared by the requests collection, the
 * request clock, the reply letters and the annual report. Labels of applicant types, outcomes and
 * review results are the official row and column labels of the annual report format of
 * 国办公开办函〔2021〕30号 (../shared/reference/annual_report_2021_format_fixture.html), character
 * for character; do not reword them.
 */

/** 申请人情况: the requests table's columns. */
export const APPLICANT_TYPES = [
  'natural-person',
  'business',
  'research',
  'public-interest',
  'legal-services',
  'other-organisation',
] as const
export type ApplicantType = (typeof APPLICANT_TYPES)[number]

export const APPLICANT_TYPE_LABELS: Record<ApplicantType, { zh: string; en: string }> = {
  'natural-person': { zh: '自然人', en: 'Natural person' },
  business: { zh: '商业企业', en: 'Business enterprise' },
  research: { zh: '科研机构', en: 'Research institution' },
  'public-interest': { zh: '社会公益组织', en: 'Public-interest organisation' },
  'legal-services': { zh: '法律服务机构', en: 'Legal services organisation' },
  'other-organisation': { zh: '其他', en: 'Other organisation' },
}

/** The group heading over the five organisation columns. */
export const ORGANISATION_GROUP_LABEL = { zh: '法人或其他组织', en: 'Legal persons or other organisations' } as const

/** 条例 第三十一条: how the request arrived decides which fact fixes the date of receipt. */
export const REQUEST_CHANNELS = ['in-person', 'registered-mail', 'ordinary-mail', 'online', 'fax'] as const
export type RequestChannel = (typeof REQUEST_CHANNELS)[number]

export const REQUEST_CHANNEL_LABELS: Record<RequestChannel, { zh: string; en: string }> = {
  'in-person': { zh: '当面提交', en: 'In person' },
  'registered-mail': { zh: '邮寄（需签收）', en: 'Registered mail (signed for)' },
  'ordinary-mail': { zh: '平常信函', en: 'Ordinary letter' },
  online: { zh: '互联网', en: 'Online' },
  fax: { zh: '传真', en: 'Fax' },
}

/** The report's result groups （一）…（六）; 尚未办结 requests carry no outcome. */
export const OUTCOME_GROUPS = ['disclosed', 'partly-disclosed', 'withheld', 'unavailable', 'not-processed', 'other'] as const
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number]

export const OUTCOME_GROUP_LABELS: Record<OutcomeGroup, { zh: string; en: string }> = {
  disclosed: { zh: '（一）予以公开', en: '(1) Disclosed' },
  'partly-disclosed': { zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', en: '(2) Partly disclosed' },
  withheld: { zh: '（三）不予公开', en: '(3) Not disclosed' },
  unavailable: { zh: '（四）无法提供', en: '(4) Cannot be provided' },
  'not-processed': { zh: '（五）不予处理', en: '(5) Not processed' },
  other: { zh: '（六）其他处理', en: '(6) Otherwise handled' },
}

export interface OutcomeDefinition {
  group: OutcomeGroup
  /** the official row label (the sub-row label where the group has sub-rows) */
  zh: string
  en: string
  /** the article(s) of the 2019 Regulation the decision rests on, quoted in the reply letter */
  basis: string
}

/**
 * 办理结果: one value per row of the requests table. Groups without sub-rows have one outcome
 * whose label is the group's label.
 */
export const OUTCOMES = {
  disclosed: { group: 'disclosed', zh: '（一）予以公开', en: 'Disclosed', basis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项' },
  'partly-disclosed': {
    group: 'partly-disclosed',
    zh: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    en: 'Partly disclosed',
    basis: '《中华人民共和国政府信息公开条例》第三十七条',
  },
  'withheld-state-secret': { group: 'withheld', zh: '1.属于国家秘密', en: 'State secret', basis: '《中华人民共和国政府信息公开条例》第十四条' },
  'withheld-prohibited-by-law': {
    group: 'withheld',
    zh: '2.其他法律行政法规禁止公开',
    en: 'Disclosure prohibited by other laws or administrative regulations',
    basis: '《中华人民共和国政府信息公开条例》第十四条',
  },
  'withheld-security-stability': {
    group: 'withheld',
    zh: '3.危及“三安全一稳定”',
    en: 'Would endanger national, public or economic security or social stability',
    basis: '《中华人民共和国政府信息公开条例》第十四条',
  },
  'withheld-third-party': {
    group: 'withheld',
    zh: '4.保护第三方合法权益',
    en: "Protects a third party's lawful rights",
    basis: '《中华人民共和国政府信息公开条例》第十五条',
  },
  'withheld-internal-affairs': {
    group: 'withheld',
    zh: '5.属于三类内部事务信息',
    en: 'Internal affairs information',
    basis: '《中华人民共和国政府信息公开条例》第十六条第一款',
  },
  'withheld-process-information': {
    group: 'withheld',
    zh: '6.属于四类过程性信息',
    en: 'Process information',
    basis: '《中华人民共和国政府信息公开条例》第十六条第二款',
  },
  'withheld-enforcement-file': {
    group: 'withheld',
    zh: '7.属于行政执法案卷',
    en: 'Administrative enforcement case file',
    basis: '《中华人民共和国政府信息公开条例》第十六条第二款',
  },
  'withheld-inquiry-matter': {
    group: 'withheld',
    zh: '8.属于行政查询事项',
    en: 'Administrative inquiry matter',
    basis: '《中华人民共和国政府信息公开条例》第三十六条第（七）项',
  },
  'unavailable-not-held': {
    group: 'unavailable',
    zh: '1.本机关不掌握相关政府信息',
    en: 'The agency does not hold the information',
    basis: '《中华人民共和国政府信息公开条例》第三十六条第（四）项、第（五）项',
  },
  'unavailable-needs-creation': {
    group: 'unavailable',
    zh: '2.没有现成信息需要另行制作',
    en: 'No existing information; it would have to be created',
    basis: '《中华人民共和国政府信息公开条例》第三十八条',
  },
  'unavailable-unclear-after-clarification': {
    group: 'unavailable',
    zh: '3.补正后申请内容仍不明确',
    en: 'Still unclear after clarification',
    basis: '《中华人民共和国政府信息公开条例》第三十条',
  },
  'not-processed-petition': {
    group: 'not-processed',
    zh: '1.信访举报投诉类申请',
    en: 'Petition, report or complaint',
    basis: '《中华人民共和国政府信息公开条例》第三十九条第一款',
  },
  'not-processed-repeat': {
    group: 'not-processed',
    zh: '2.重复申请',
    en: 'Repeated request',
    basis: '《中华人民共和国政府信息公开条例》第三十六条第（六）项',
  },
  'not-processed-publication': {
    group: 'not-processed',
    zh: '3.要求提供公开出版物',
    en: 'Request for a public publication',
    basis: '《中华人民共和国政府信息公开条例》第三十九条第二款',
  },
  'not-processed-mass-repeat': {
    group: 'not-processed',
    zh: '4.无正当理由大量反复申请',
    en: 'Large repeated requests without good reason',
    basis: '《中华人民共和国政府信息公开条例》第三十五条',
  },
  'not-processed-confirmation': {
    group: 'not-processed',
    zh: '5.要求行政机关确认或重新出具已获取信息',
    en: 'Request to confirm or reissue information already obtained',
    // Not a request for existing government information as 第二条 defines it; 第三十九条第二款 covers publications.
    basis: '《中华人民共和国政府信息公开条例》第二条',
  },
  'other-no-clarification': {
    group: 'other',
    zh: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    en: 'Applicant did not clarify in time; no longer processed',
    basis: '《中华人民共和国政府信息公开条例》第三十条',
  },
  'other-fee-unpaid': {
    group: 'other',
    zh: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    en: 'Applicant did not pay the fee in time; no longer processed',
    basis: '《中华人民共和国政府信息公开条例》第四十二条',
  },
  other: { group: 'other', zh: '3.其他', en: 'Other', basis: '《中华人民共和国政府信息公开条例》' },
} as const satisfies Record<string, OutcomeDefinition>

export type Outcome = keyof typeof OUTCOMES
export const OUTCOME_KEYS = Object.keys(OUTCOMES) as Outcome[]

/** 政府信息公开行政复议、行政诉讼情况: the cases and their results. */
export const REVIEW_KINDS = ['reconsideration', 'litigation-direct', 'litigation-after-reconsideration'] as const
export type ReviewKind = (typeof REVIEW_KINDS)[number]

export const REVIEW_KIND_LABELS: Record<ReviewKind, { zh: string; en: string }> = {
  reconsideration: { zh: '行政复议', en: 'Administrative reconsideration' },
  'litigation-direct': { zh: '未经复议直接起诉', en: 'Litigation without prior reconsideration' },
  'litigation-after-reconsideration': { zh: '复议后起诉', en: 'Litigation after reconsideration' },
}

/** A case without a result yet counts as 尚未审结. */
export const REVIEW_RESULTS = ['upheld', 'corrected', 'other', 'pending'] as const
export type ReviewResult = (typeof REVIEW_RESULTS)[number]

export const REVIEW_RESULT_LABELS: Record<ReviewResult, { zh: string; en: string }> = {
  upheld: { zh: '结果维持', en: 'Upheld' },
  corrected: { zh: '结果纠正', en: 'Corrected' },
  other: { zh: '其他结果', en: 'Other result' },
  pending: { zh: '尚未审结', en: 'Pending' },
}
