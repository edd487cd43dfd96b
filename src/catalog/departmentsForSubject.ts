/**
 * Which departments a catalog row's 公开主体 text names. Catalogs write bodies generically
 * ("区教育局", "县级人民政府民政部门"), so a department matches when its name, short name or the part after
 * the place name ("示范区教育局" → "教育局") appears in the text. Generic wordings match nothing.
 */
export interface NamedDepartment {
  id: number | string
  name: string
  shortName?: string | null
}

const namesOf = (department: NamedDepartment): string[] => {
  const names = [department.name, department.shortName ?? '']
  // "示范区教育局" → "教育局"; "区教育局" → "教育局"
  names.push(department.name.replace(/^.+?[区县旗]/, ''), (department.shortName ?? '').replace(/^[区县]/, ''))
  return [...new Set(names.filter((name) => name.length >= 3))]
}

export const departmentsForSubject = (subject: string | null | undefined, departments: NamedDepartment[]): (number | string)[] =>
  subject ? departments.filter((department) => namesOf(department).some((name) => subject.includes(name))).map((department) => department.id) : []
