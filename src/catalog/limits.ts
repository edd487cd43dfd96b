/** Longest texts of a catalog item's columns: enforced by the collection and checked in an import's dry run. */
export const CATALOG_TEXT_LIMITS = {
  l1: { column: '一级事项', max: 200 },
  l2: { column: '二级事项', max: 200 },
  l3: { column: '三级事项', max: 200 },
  timeLimit: { column: '公开时限', max: 500 },
  subject: { column: '公开主体', max: 300 },
} as const
