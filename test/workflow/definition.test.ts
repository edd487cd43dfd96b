/** The workflow as data: the chain re-links when steps are switched off; the decide function's rules. */
import { describe, expect, it } from '@jest/globals'

import { allowedActions, decideTransition, type WorkflowActor, type WorkflowEntry } from '../../src/workflow/apply.js'
import { buildWorkflow } from '../../src/workflow/definition.js'

const chain = (steps: Parameters<typeof buildWorkflow>[0]) =>
  buildWorkflow(steps)
    .transitions.filter((transition) => !['return', 'withdraw', 'reopen'].includes(transition.action))
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
    const noSecrecy = buildWorkflow({ secrecyReview: false })
    expect(noSecrecy.publishableState).toBe('approved')
    expect(noSecrecy.transitions.find((transition) => transition.action === 'return')!.from).toEqual(['submitted', 'attribute-reviewed', 'approved'])
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
