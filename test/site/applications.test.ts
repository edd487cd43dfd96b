/**
 * The column's 依申请公开 form and status lookup post to the public endpoints (src/endpoints/requests.ts):
 * a mistake comes back next to its field in Chinese with everything typed kept; a correct application gets
 * its tracking number and the day its clock started; the lookup finds it by number and contact.
 */
import { describe, expect, it } from '@jest/globals'

import config from '../../payload.config.js'
import { toBeijingDate } from '../../src/calendar/index.js'
import { lookupApplication, submitApplication } from '../../src/site/applications.js'
import { useTestWorld, type TestContext } from '../helpers/context.js'
import { renderApplicationForm, renderLookupForm } from './form-render.js'

let ctx: TestContext
useTestWorld((context) => {
  ctx = context
})

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

const APPLICATION = {
  applicantType: 'natural-person',
  applicantName: '',
  idType: 'resident-id',
  idNumber: '',
  phone: '13800000000',
  email: '',
  address: '示范区人民路2号',
  description: '申请公开2025年示范区城乡居民医疗救助资金使用情况',
  purpose: '了解救助政策',
}

describe('依申请公开 on the column', () => {
  it('a missing name: the message sits next to the field, in Chinese, and nothing typed is lost', async () => {
    const state = await submitApplication(config, form(APPLICATION), '203.0.113.7')
    expect(state.receipt).toBeNull()
    expect(state.errors).toEqual({ applicantName: '请填写姓名或名称' })
    expect(state.values).toEqual(APPLICATION)
    expect((await ctx.payload.count({ collection: 'disclosure-requests' })).totalDocs).toBe(0)
    const dom = renderApplicationForm(state)
    const name = dom.querySelector('#applicantName')!
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(dom.querySelector(`#${name.getAttribute('aria-describedby')}`)!.textContent).toBe('请填写姓名或名称')
    expect(dom.querySelector('#description')!.textContent).toBe(APPLICATION.description)
    expect(dom.querySelector('#phone')!.getAttribute('value')).toBe(APPLICATION.phone)
    expect(dom.querySelector('#idType option[selected]')!.getAttribute('value')).toBe('resident-id')
  })

  it('an invalid e-mail and a missing contact are named too', async () => {
    expect((await submitApplication(config, form({ ...APPLICATION, applicantName: '张三', phone: '', email: 'not-an-address' }), '203.0.113.7')).errors).toEqual({ email: '电子邮箱格式不正确' })
    expect((await submitApplication(config, form({ ...APPLICATION, applicantName: '张三', phone: '' }), '203.0.113.7')).errors).toEqual({ phone: '请至少填写联系电话或电子邮箱之一' })
  })

  it('a correct application: receipt with the tracking number and the day the clock started; then the lookup', async () => {
    const state = await submitApplication(config, form({ ...APPLICATION, applicantName: '张三' }), '203.0.113.8')
    expect(state.errors).toEqual({})
    expect(state.receipt!.trackingNumber).toMatch(/^YSQ-\d{4}-\d{5}$/)
    expect(state.receipt!.receivedOn).toBe(toBeijingDate(new Date()))
    expect(state.receipt!.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const receipt = renderApplicationForm(state)
    expect(receipt.querySelector('#tracking-number')!.textContent).toBe(state.receipt!.trackingNumber)
    expect(receipt.querySelector('#received-on')!.textContent).toContain('自该日起计算答复期限')
    const stored = (await ctx.payload.find({ collection: 'disclosure-requests', depth: 0 })).docs
    expect(stored.map((doc) => doc.applicantName)).toEqual(['张三'])

    const wrong = await lookupApplication(config, form({ trackingNumber: state.receipt!.trackingNumber, contact: '13900000000' }), '203.0.113.8')
    expect(wrong.result).toBeNull()
    expect(wrong.errors.form).toBe('没有找到与编号和联系方式相符的申请')
    expect(renderLookupForm(wrong).querySelector('#trackingNumber')!.getAttribute('value')).toBe(state.receipt!.trackingNumber)
    const found = await lookupApplication(config, form({ trackingNumber: state.receipt!.trackingNumber, contact: APPLICATION.phone }), '203.0.113.8')
    expect(found.result).toMatchObject({ trackingNumber: state.receipt!.trackingNumber, statusLabel: '待分派', receivedOn: state.receipt!.receivedOn })
    expect(renderLookupForm(found).querySelector('#request-status')!.textContent).toBe('待分派')
  })

  it('keeps the endpoint’s rate limit per client address', async () => {
    const valid = form({ ...APPLICATION, applicantName: '李四' })
    for (let i = 0; i < 5; i++) expect((await submitApplication(config, valid, '203.0.113.9')).receipt).not.toBeNull()
    const refused = await submitApplication(config, valid, '203.0.113.9')
    expect(refused.receipt).toBeNull()
    expect(refused.errors.form).toBe('提交过于频繁，请一小时后再试')
    expect((await submitApplication(config, valid, '203.0.113.10')).receipt).not.toBeNull()
  })
})
