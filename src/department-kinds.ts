/** Kinds of disclosing bodies (公开主体) in a county or district. */
export const DEPARTMENT_KIND_LABELS = {
  government: { zh: '政府/办公室', en: 'Government / general office' },
  department: { zh: '部门', en: 'Department' },
  township: { zh: '乡镇街道', en: 'Township / sub-district' },
  'public-institution': { zh: '公共企事业单位', en: 'Public enterprise or institution' },
} as const
export type DepartmentKind = keyof typeof DEPARTMENT_KIND_LABELS
