import { describe, expect, it } from '@jest/globals'

import { parseDocumentNumber } from '../../src/policy/documentNumber.js'
import { validityNotice } from '../../src/policy/validity.js'

const NOW = new Date('2026-11-22T00:00:00Z')

describe('文号', () => {
  it.each([
    ['兴政发〔2017〕24号', '兴政发〔2017〕24号'],
    ['国办发〔2016〕19号', '国办发〔2016〕19号'],
    ['兴政办发[2018]3号', '兴政办发〔2018〕3号'],
    ['兴政发（2019）007号', '兴政发〔2019〕7号'],
    ['兴政发［２０２０］１２号', '兴政发〔2020〕12号'],
    [' 兴政发 〔2021〕 5 号 ', '兴政发〔2021〕5号'],
  ])('%s → %s', (input, normalized) => {
    const result = parseDocumentNumber(input, NOW)
    expect(result.ok && result.value.normalized).toBe(normalized)
  })

  it.each([
    ['', '请填写文号'],
    ['2017年24号', '格式不对'],
    ['兴政发2017-24', '格式不对'],
    ['兴政发〔17〕24号', '格式不对'],
    ['兴政发〔2017〕24', '格式不对'],
    ['ABC〔2017〕24号', '格式不对'],
    ['兴政发〔1900〕1号', '年份1900'],
    ['兴政发〔2099〕1号', '年份2099'],
    ['兴政发〔2017〕0号', '序号'],
  ])('refuses %j with a reason', (input, reason) => {
    const result = parseDocumentNumber(input, NOW)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason.zh).toContain(reason)
  })
})

describe('validity notice', () => {
  it('says nothing while in force, and names the date and the document otherwise', () => {
    expect(validityNotice({ validity: 'valid' })).toBeNull()
    expect(validityNotice({ validity: 'repealed', changedOn: '2024-03-01', by: { title: '关于废止部分规范性文件的决定', documentNumber: '兴政发〔2024〕3号' } })).toBe(
      '本文件已于2024年3月1日废止，见《关于废止部分规范性文件的决定》（兴政发〔2024〕3号）。',
    )
    expect(validityNotice({ validity: 'amended', changedOn: '2025-10-09', by: { title: '修改决定' } })).toBe('本文件已于2025年10月9日修改，见《修改决定》。')
    expect(validityNotice({ validity: 'expired', effectiveUntil: '2025-12-31' })).toBe('本文件有效期至2025年12月31日，已失效。')
  })
})
