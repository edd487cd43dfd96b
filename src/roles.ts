/**
 * Staff roles. A user may hold several; the disclosure office sees everything,
 * everyone else is bound to their own department ("谁制作、谁公开").
 */
export const ROLES = ['office', 'editor', 'reviewer', 'auditor'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  office: { zh: '政务公开办（全局管理）', en: 'Disclosure office (manages everything)' },
  editor: { zh: '编辑（本部门信息录入）', en: 'Editor (own department entries)' },
  reviewer: { zh: '审核人（部门分管领导签发）', en: 'Reviewer (department sign-off)' },
  auditor: { zh: '审计人员（只读、可导出）', en: 'Auditor (read-only, exports)' },
}

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value)
