/** Admin labels of the request collection's own vocabularies (events, status, identity documents). */

/** The events of the clock an officer records (receipt itself comes from the channel facts, 条例 第三十一条). */
export const REQUEST_EVENT_TYPES = [
  'clarification-requested',
  'clarification-received',
  'consultation-opened',
  'consultation-closed',
  'extension-approved',
  'replied',
] as const
export type RequestEventType = (typeof REQUEST_EVENT_TYPES)[number]

export const REQUEST_EVENT_LABELS: Record<RequestEventType, { zh: string; en: string }> = {
  'clarification-requested': { zh: '发出补正告知（第三十条）', en: 'Clarification requested (Art. 30)' },
  'clarification-received': { zh: '收到补正后的申请', en: 'Clarified request received' },
  'consultation-opened': { zh: '征求第三方或其他机关意见（第三十二、三十四条）', en: 'Consultation opened (Arts. 32, 34)' },
  'consultation-closed': { zh: '征求意见结束', en: 'Consultation closed' },
  'extension-approved': { zh: '延长答复期限（第三十三条）', en: 'Extension approved (Art. 33)' },
  replied: { zh: '作出答复', en: 'Replied' },
}

export const REQUEST_STATUSES = ['unassigned', 'in-progress', 'awaiting-clarification', 'consulting', 'replied'] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

export const REQUEST_STATUS_LABELS: Record<RequestStatus, { zh: string; en: string }> = {
  unassigned: { zh: '待分派', en: 'Awaiting assignment' },
  'in-progress': { zh: '办理中', en: 'In progress' },
  'awaiting-clarification': { zh: '等待补正', en: 'Awaiting clarification' },
  consulting: { zh: '征求意见中', en: 'Consulting' },
  replied: { zh: '已答复', en: 'Replied' },
}

export const ID_DOCUMENT_TYPES = ['resident-id', 'passport', 'hk-macao-taiwan', 'business-licence', 'organisation-code', 'other'] as const
export const ID_DOCUMENT_LABELS: Record<(typeof ID_DOCUMENT_TYPES)[number], { zh: string; en: string }> = {
  'resident-id': { zh: '居民身份证', en: 'Resident ID card' },
  passport: { zh: '护照', en: 'Passport' },
  'hk-macao-taiwan': { zh: '港澳台居民证件', en: 'HK/Macao/Taiwan permit' },
  'business-licence': { zh: '营业执照', en: 'Business licence' },
  'organisation-code': { zh: '统一社会信用代码证书', en: 'Unified social credit code certificate' },
  other: { zh: '其他', en: 'Other' },
}
