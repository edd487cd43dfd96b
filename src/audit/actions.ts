/** What the audit log records (审计日志): the actions, their labels and the shape of an entry. Pure. */

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'transition', 'publish', 'withdraw', 'export', 'login'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ACTION_LABELS: Record<AuditAction, { zh: string; en: string }> = {
  create: { zh: '新建', en: 'Create' },
  update: { zh: '修改', en: 'Update' },
  delete: { zh: '删除', en: 'Delete' },
  transition: { zh: '流转', en: 'Workflow step' },
  publish: { zh: '发布', en: 'Publish' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  export: { zh: '导出', en: 'Export' },
  login: { zh: '登录', en: 'Login' },
}

export const isAuditAction = (value: unknown): value is AuditAction =>
  typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value)

/**
 * One changed field of an update. Scalar fields (text, number, checkbox, select, date, email, textarea,
 * radio, relationship ids) carry their old and new values; rich text, JSON, arrays, blocks and uploads
 * only their path.
 */
export type AuditChange = { field: string; from: unknown; to: unknown } | { field: string }

/** Actions an operation may be relabelled with through `context.audit`. */
export const RELABEL_ACTIONS = ['transition', 'publish', 'withdraw'] as const satisfies readonly AuditAction[]
export type AuditRelabelAction = (typeof RELABEL_ACTIONS)[number]
