/** The workflow as data: the chain re-links when steps are switched off; the decide function's rules. */
import { describe, expect, it } from '@jest/globals'

import { allowedActions, decideTransition, type WorkflowActor, type WorkflowEntry } from '../../src/workflow/apply.js'
import { buildWorkflow } from '../../src/workflow/definition.js'

const chain = (steps: Parameters<typeof buildWorkflow>[0], subject: 'entry' | 'revision' = 'entry') =>
  buildWorkflow(steps)
    .transitions.filter((transition) => transition.subject === subject && !['return', 'withdraw', 'reopen', 'discard'].includes(transition.action))
    .map((transition) => `${transition.from.join('|')}-${transition.action}->${transition.to}`)

const entry = (status: WorkflowEntry['status'], extra: Partial<WorkflowEntry> = {}): WorkflowEntry => ({
  status,
  department: 1,
  author: 10,
  submittedBy: 10,
  publicAttribute: 'proactive',
  openFindings: 0,
  ...extra,
})
const editor: WorkflowActor = { id: 10, roles: ['editor'], department: 1 }
const reviewer: WorkflowActor = { id: 20, roles: ['reviewer'], department: 1 }
const otherReviewer: WorkflowActor = { id: 30, roles: ['reviewer'], department: 2 }
const office: WorkflowActor = { id: 40, roles: ['office'], department: null }

describe('buildWorkflow', () => {
  it('has the full chain by default (seeds 001, 004)', () => {
    expect(chain({})).toEqual([
      'draft-submit->submitted',
      'submitted-reviewAttribute->attribute-reviewed',
      'attribute-reviewed-reviewSecrecy->secrecy-reviewed',
      'secrecy-reviewed-approve->approved',
      'approved-publish->published',
    ])
  })

  it('re-links the chain when steps are switched off', () => {
    expect(chain({ attributeReview: false })).toEqual([
      'draft-submit->submitted',
      'submitted-reviewSecrecy->secrecy-reviewed',
      'secrecy-reviewed-approve->approved',
      'approved-publish->published',
    ])
    expect(chain({ signOff: false })).toEqual([
      'draft-submit->submitted',
      'submitted-reviewAttribute->attribute-reviewed',
      'attribute-reviewed-reviewSecrecy->secrecy-reviewed',
      'secrecy-reviewed-publish->published',
    ])
    expect(chain({ attributeReview: false, secrecyReview: false, signOff: false })).toEqual(['draft-submit->submitted', 'submitted-publish->published'])
    // A correction takes the same chain, steps switched off included.
    expect(chain({ signOff: false }, 'revision')).toEqual(chain({ signOff: false }))
    const noSecrecy = buildWorkflow({ secrecyReview: false })
    expect(noSecrecy.publishableState).toBe('approved')
    expect(noSecrecy.transitions.find((transition) => transition.action === 'return' && transition.subject === 'entry')!.from).toEqual(['submitted', 'attribute-reviewed', 'approved'])
  })

  it('refuses a switched-off step with 400', () => {
    const decision = decideTransition(buildWorkflow({ secrecyReview: false }), entry('attribute-reviewed'), reviewer, { action: 'reviewSecrecy' })
    expect(decision).toMatchObject({ ok: false, status: 400, field: 'action' })
  })
})

describe('decideTransition', () => {
  const workflow = buildWorkflow()

  it('lets the office act anywhere, reviewers only in their department', () => {
    expect(decideTransition(workflow, entry('submitted'), office, { action: 'reviewAttribute' })).toMatchObject({ ok: true, to: 'attribute-reviewed' })
    expect(decideTransition(workflow, entry('submitted'), otherReviewer, { action: 'reviewAttribute' })).toMatchObject({ ok: false, status: 403 })
    expect(decideTransition(workflow, entry('submitted'), editor, { action: 'reviewAttribute' })).toMatchObject({ ok: false, status: 403 })
  })

  it('keeps sign-off apart from authoring and submitting, even for the office', () => {
    expect(decideTransition(workflow, entry('secrecy-reviewed', { author: 40 }), office, { action: 'approve' })).toMatchObject({ ok: false, status: 403 })
    expect(decideTransition(workflow, entry('secrecy-reviewed', { submittedBy: 20 }), reviewer, { action: 'approve' })).toMatchObject({ ok: false, status: 403 })
    expect(decideTransition(workflow, entry('secrecy-reviewed'), reviewer, { action: 'approve' })).toMatchObject({ ok: true, to: 'approved' })
  })

  it('requires what each action needs', () => {
    expect(decideTransition(workflow, entry('submitted'), reviewer, { action: 'return', comment: '  ' })).toMatchObject({ ok: false, field: 'comment' })
    expect(decideTransition(workflow, entry('approved', { openFindings: 2 }), editor, { action: 'publish' })).toMatchObject({ ok: false, field: 'acknowledgement' })
    expect(decideTransition(workflow, entry('approved', { openFindings: 2 }), editor, { action: 'publish', acknowledgement: '已核实为公开信息' })).toMatchObject({
      ok: true,
      acknowledgement: '已核实为公开信息',
    })
    expect(decideTransition(workflow, entry('published'), reviewer, { action: 'publish' })).toMatchObject({ ok: false, status: 409, field: 'status' })
  })

  it('lists the actions a user may take now', () => {
    expect(allowedActions(workflow, entry('submitted'), reviewer).map((transition) => transition.action)).toEqual(['reviewAttribute', 'return'])
    expect(allowedActions(workflow, entry('submitted'), editor)).toEqual([])
    expect(allowedActions(workflow, entry('draft'), editor).map((transition) => transition.action)).toEqual(['submit'])
    expect(allowedActions(workflow, entry('approved'), { ...reviewer, system: true }).map((transition) => transition.action)).toEqual(['publish', 'return'])
  })
})

describe('corrections of a published entry (更正)', () => {
  const workflow = buildWorkflow({})
  const correcting = (state: WorkflowEntry['status'], extra: Partial<WorkflowEntry> = {}) =>
    entry('published', { revision: { ...entry(state), author: 11, submittedBy: state === 'draft' ? null : 11 }, ...extra })
  const names = (list: { subject: string; action: string }[]) => list.map((transition) => `${transition.subject}:${transition.action}`)

  it('a published entry without a correction can only be withdrawn', () => {
    expect(names(allowedActions(workflow, entry('published'), reviewer))).toEqual(['entry:withdraw'])
    expect(names(allowedActions(workflow, entry('published'), editor))).toEqual([])
  })

  it('with a correction, the review actions move the correction and withdraw the entry', () => {
    expect(names(allowedActions(workflow, correcting('draft'), editor))).toEqual(['revision:submit', 'revision:discard'])
    expect(names(allowedActions(workflow, correcting('submitted'), reviewer))).toEqual(['entry:withdraw', 'revision:reviewAttribute', 'revision:return', 'revision:discard'])
    expect(decideTransition(workflow, correcting('draft'), editor, { action: 'submit' })).toMatchObject({ ok: false, field: 'comment' })
    expect(decideTransition(workflow, correcting('draft'), editor, { action: 'submit', comment: '数据有误' })).toMatchObject({ ok: true, from: 'draft', to: 'submitted', transition: { subject: 'revision' } })
    expect(decideTransition(workflow, correcting('approved'), editor, { action: 'publish' })).toMatchObject({ ok: true, transition: { subject: 'revision' } })
    expect(decideTransition(workflow, correcting('submitted'), reviewer, { action: 'withdraw', comment: '撤回' })).toMatchObject({ ok: true, to: 'withdrawn', transition: { subject: 'entry' } })
  })

  it('separation of duties counts who started and submitted the correction, not the entry', () => {
    const correctionBy = (id: number) => entry('published', { author: 99, submittedBy: 99, revision: { ...entry('secrecy-reviewed'), author: id, submittedBy: id } })
    expect(decideTransition(workflow, correctionBy(20), reviewer, { action: 'approve' })).toMatchObject({ ok: false, status: 403 })
    expect(decideTransition(workflow, correctionBy(11), reviewer, { action: 'approve' })).toMatchObject({ ok: true, to: 'approved' })
  })

  it("the correction's findings and guards are its own", () => {
    expect(decideTransition(workflow, correcting('approved', {}), editor, { action: 'publish' })).toMatchObject({ ok: true })
    const withFindings = entry('published', { revision: { ...entry('approved'), openFindings: 1 } })
    expect(decideTransition(workflow, withFindings, editor, { action: 'publish' })).toMatchObject({ ok: false, field: 'acknowledgement' })
    const facts = { entry: { publishOn: '2026-12-07', dueDate: '2026-12-31' }, revision: { publishOn: '2026-12-07', dueDate: '2026-12-01', lateReason: null } }
    expect(decideTransition(workflow, correcting('approved'), editor, { action: 'publish' }, facts)).toMatchObject({ ok: false, field: 'lateReason' })
    expect(decideTransition(workflow, correcting('approved'), editor, { action: 'publish' }, { entry: facts.entry })).toMatchObject({ ok: false, status: 409 })
  })

  it('without a correction, its actions are out of order (409)', () => {
    expect(decideTransition(workflow, entry('published'), editor, { action: 'discard', comment: 'x' })).toMatchObject({ ok: false, status: 409, field: 'status' })
    expect(decideTransition(workflow, entry('draft', { revision: { ...entry('draft') } }), editor, { action: 'discard', comment: 'x' })).toMatchObject({ ok: false, status: 409 })
  })
})
