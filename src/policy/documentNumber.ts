/**
 * 文号 (issuing number) of a policy document, e.g. 兴政发〔2017〕24号: the issuing agency's prefix (机关代字),
 * the year in 六角括号〔〕 and the serial followed by 号 (GB/T 9704-2012 党政机关公文格式 §7.2.3).
 * Pure: parse and normalise; the collection enforces uniqueness per issuing agency.
 */
export interface DocumentNumber {
  /** 机关代字 with its kind, e.g. 兴政发, 国办发, 兴政办函 */
  prefix: string
  year: number
  serial: number
  /** the canonical form: prefix〔year〕serial号 */
  normalized: string
}

export type DocumentNumberResult = { ok: true; value: DocumentNumber } | { ok: false; reason: { zh: string; en: string } }

/** Brackets people type instead of 〔〕: [] ［］ () （） 【】 〖〗. */
const OPEN = '[〔\\[［(（【〖]'
const CLOSE = '[〕\\]］)）】〗]'
const PATTERN = new RegExp(`^([\\u4e00-\\u9fff]{2,12})\\s*${OPEN}\\s*(\\d{4})\\s*${CLOSE}\\s*0*(\\d{1,5})\\s*号$`)

const FULL_WIDTH_DIGITS = /[０-９]/g

export const parseDocumentNumber = (input: unknown, now: Date = new Date()): DocumentNumberResult => {
  if (typeof input !== 'string' || input.trim() === '') {
    return { ok: false, reason: { zh: '请填写文号，如 兴政发〔2017〕24号', en: 'give the issuing number, e.g. 兴政发〔2017〕24号' } }
  }
  const text = input.trim().replace(FULL_WIDTH_DIGITS, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
  const match = PATTERN.exec(text)
  if (!match) {
    return {
      ok: false,
      reason: {
        zh: `文号“${input}”格式不对：应为 机关代字〔年份〕序号号，如 兴政发〔2017〕24号`,
        en: `"${input}" is not an issuing number of the form prefix〔year〕number号, e.g. 兴政发〔2017〕24号`,
      },
    }
  }
  const [, prefix, yearText, serialText] = match as unknown as [string, string, string, string]
  const year = Number(yearText)
  const serial = Number(serialText)
  if (year < 1949 || year > now.getUTCFullYear() + 1) {
    return { ok: false, reason: { zh: `文号年份${year}不在合理范围（1949年至明年）`, en: `year ${year} is out of range (1949 to next year)` } }
  }
  if (serial < 1) return { ok: false, reason: { zh: '文号序号应从1开始', en: 'the serial starts at 1' } }
  return { ok: true, value: { prefix, year, serial, normalized: `${prefix}〔${year}〕${serial}号` } }
}
