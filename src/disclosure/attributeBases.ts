/**
 * Legal bases for not disclosing proactively (公开属性 other than 主动公开), from the 2019 Regulation on Open
 * Government Information (《中华人民共和国政府信息公开条例》). The keys follow the categories of the annual
 * report format (国办公开办函〔2021〕30号), so the report can count them.
 */
export const ATTRIBUTE_BASES = {
  // 第十四条
  'art14-state-secret': { zh: '属于国家秘密（条例第十四条）', en: 'State secret (Art. 14)' },
  'art14-law-prohibited': { zh: '法律行政法规禁止公开（条例第十四条）', en: 'Disclosure prohibited by law (Art. 14)' },
  'art14-security': { zh: '危及“三安全一稳定”（条例第十四条）', en: 'Would endanger national, public or economic security or social stability (Art. 14)' },
  // 第十五条
  'art15-third-party': { zh: '涉及商业秘密、个人隐私等第三方合法权益（条例第十五条）', en: 'Trade secrets or personal privacy of third parties (Art. 15)' },
  // 第十六条
  'art16-internal': { zh: '属于三类内部事务信息（条例第十六条第一款）', en: 'Internal affairs information (Art. 16 para. 1)' },
  'art16-process': { zh: '属于四类过程性信息（条例第十六条第二款）', en: 'Process information: drafts, deliberations, requests (Art. 16 para. 2)' },
  'art16-enforcement': { zh: '属于行政执法案卷（条例第十六条第二款）', en: 'Administrative enforcement case files (Art. 16 para. 2)' },
  // 第二十七条: information outside the proactive scope is obtained on request
  'art27-on-request': { zh: '不属于主动公开范围，依申请公开（条例第二十七条）', en: 'Outside the proactive scope: disclosed on request (Art. 27)' },
  other: { zh: '其他法律法规规定', en: 'Other provisions of law' },
} as const

export type AttributeBasis = keyof typeof ATTRIBUTE_BASES
