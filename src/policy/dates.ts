/** "2024-03-01" → "2024年3月1日", the way dates are written in official Chinese text. */
export const formatChineseDate = (date: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return date
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`
}
