/**
 * 公开依据 as structured references: each 《law》 cited, with the articles (第…条) that follow it
 * before the next law. Free text without 《》 yields nothing (the verbatim text stays authoritative).
 */
export interface BasisReference {
  law: string
  articles: string[]
}

const LAW = /《([^《》]+)》/g
const ARTICLE = /第[一二三四五六七八九十百千零〇两\d]+条(?:第[一二三四五六七八九十百零〇两\d]+[款项])*/g

export const parseBasis = (text: string | null | undefined): BasisReference[] => {
  if (!text) return []
  const matches = [...text.matchAll(LAW)]
  const references: BasisReference[] = []
  matches.forEach((match, index) => {
    const start = (match.index ?? 0) + match[0].length
    const end = index + 1 < matches.length ? (matches[index + 1]!.index ?? text.length) : text.length
    const articles = [...text.slice(start, end).matchAll(ARTICLE)].map((article) => article[0])
    const law = match[1]!.trim()
    const existing = references.find((reference) => reference.law === law)
    if (existing) existing.articles.push(...articles.filter((article) => !existing.articles.includes(article)))
    else references.push({ law, articles: [...new Set(articles)] })
  })
  return references
}
