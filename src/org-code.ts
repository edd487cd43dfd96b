/**
 * Organisation codes used in 索引号: the 18-character unified social credit code
 * (统一社会信用代码, GB 32100-2015) or the older 9-character organisation code
 * (组织机构代码, GB 11714-1997, often written with a hyphen before the check digit).
 * Both carry a check character, so a typo is caught when the department is saved.
 */
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
const ORG_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

export type OrgCodeKind = 'uscc' | 'organization-code'

/** Upper-cases and removes the optional hyphen of a 9-character organisation code. */
export const normalizeOrgCode = (input: string): string => {
  const trimmed = input.trim().toUpperCase()
  return /^[0-9A-Z]{8}-[0-9X]$/.test(trimmed) ? trimmed.replace('-', '') : trimmed
}

export const usccCheckChar = (first17: string): string => {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!
}

export const organizationCodeCheckChar = (first8: string): string => {
  let sum = 0
  for (let i = 0; i < 8; i++) sum += ORG_CHARSET.indexOf(first8[i]!) * ORG_WEIGHTS[i]!
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

/** Returns the kind of a valid code, or a reason (Chinese / English) why it is not valid. */
export const checkOrgCode = (input: string): { ok: true; kind: OrgCodeKind; code: string } | { ok: false; reason: string } => {
  const code = normalizeOrgCode(input)
  if (/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) {
    return usccCheckChar(code.slice(0, 17)) === code[17]
      ? { ok: true, kind: 'uscc', code }
      : { ok: false, reason: '统一社会信用代码校验位不正确 / the check character of the unified social credit code is wrong' }
  }
  if (/^[0-9A-Z]{8}[0-9X]$/.test(code)) {
    return organizationCodeCheckChar(code.slice(0, 8)) === code[8]
      ? { ok: true, kind: 'organization-code', code }
      : { ok: false, reason: '组织机构代码校验位不正确 / the check digit of the organisation code is wrong' }
  }
  return {
    ok: false,
    reason: '应为18位统一社会信用代码或9位组织机构代码 / expected an 18-character unified social credit code or a 9-character organisation code',
  }
}
