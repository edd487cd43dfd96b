/**
 * The catalog as a tree for a public 政务公开专栏: domain → 一级事项 → 二级事项 → items, with counts.
 * Pure: takes the domains and items the reader may see, in the order they should appear.
 */
export interface TreeDomainInput {
  id: number | string
  number?: number | null
  name: string
  nameEn?: string | null
}

export interface TreeItemInput {
  id: number | string
  domain: number | string | { id: number | string }
  l1: string
  l2: string
  [field: string]: unknown
}

export interface TreeL2<I> {
  name: string
  count: number
  items: I[]
}

export interface TreeL1<I> {
  name: string
  count: number
  children: TreeL2<I>[]
}

export interface TreeDomain<I> {
  id: number | string
  number: number | null
  name: string
  nameEn: string | null
  count: number
  groups: TreeL1<I>[]
}

export interface CatalogTree<I> {
  totals: { domains: number; items: number }
  domains: TreeDomain<I>[]
}

const idOf = (value: TreeItemInput['domain']) => String(typeof value === 'object' ? value.id : value)

/** Groups items under their domain, 一级 and 二级 事项, keeping first-seen order at every level. */
export const buildCatalogTree = <I extends TreeItemInput>(
  domains: TreeDomainInput[],
  items: I[],
  { keepEmptyDomains = false }: { keepEmptyDomains?: boolean } = {},
): CatalogTree<I> => {
  const byDomain = new Map<string, I[]>()
  for (const item of items) {
    const key = idOf(item.domain)
    byDomain.set(key, [...(byDomain.get(key) ?? []), item])
  }
  const tree: TreeDomain<I>[] = []
  for (const domain of domains) {
    const domainItems = byDomain.get(String(domain.id)) ?? []
    if (domainItems.length === 0 && !keepEmptyDomains) continue
    const groups: TreeL1<I>[] = []
    for (const item of domainItems) {
      let l1 = groups.find((group) => group.name === item.l1)
      if (!l1) groups.push((l1 = { name: item.l1, count: 0, children: [] }))
      let l2 = l1.children.find((child) => child.name === item.l2)
      if (!l2) l1.children.push((l2 = { name: item.l2, count: 0, items: [] }))
      l2.items.push(item)
      l2.count++
      l1.count++
    }
    tree.push({ id: domain.id, number: domain.number ?? null, name: domain.name, nameEn: domain.nameEn ?? null, count: domainItems.length, groups })
  }
  return { totals: { domains: tree.length, items: tree.reduce((sum, domain) => sum + domain.count, 0) }, domains: tree }
}
