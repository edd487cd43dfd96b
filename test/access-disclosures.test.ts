/**
 * Access matrix of disclosure records: every role × create/read/update/delete × own and other
 * department, through the Local API (access enforced), REST and GraphQL over real HTTP.
 */
import { describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { useTestWorld } from './helpers/context.js'
import type { TestServer } from './helpers/http.js'
import { allTransports, type Transport } from './helpers/transports.js'
import { ACTORS, FIXTURES, idsOf, type ActorKey, type FixtureKey, type World } from './helpers/world.js'

let payload: Payload
let server: TestServer
let world: World
const transports: Record<string, Transport> = {}

useTestWorld((context) => {
  ;({ payload, server, world } = context)
  const { tokens } = context
  Object.assign(transports, allTransports(payload, server, tokens))
})

/** Which records each actor may read ("谁制作、谁公开"; the public reads published 主动公开 only). */
const READABLE: Record<ActorKey, FixtureKey[]> = {
  anonymous: ['fPub', 'ePub'],
  office: FIXTURES,
  auditor: FIXTURES,
  editorFinance: ['fDraft', 'fPub', 'fPubOnRequest', 'ePub'],
  reviewerFinance: ['fDraft', 'fPub', 'fPubOnRequest', 'ePub'],
  editorEducation: ['eDraft', 'ePub', 'fPub'],
}

/** Which records each actor may update. */
const UPDATABLE: Record<ActorKey, FixtureKey[]> = {
  anonymous: [],
  office: FIXTURES,
  auditor: [],
  editorFinance: ['fDraft', 'fPub', 'fPubOnRequest'],
  reviewerFinance: ['fDraft', 'fPub', 'fPubOnRequest'],
  editorEducation: ['eDraft', 'ePub'],
}

type Target = 'finance' | 'education' | 'none'
/** Create: the status for a record naming the finance department, the education one, or none. */
const CREATE: Record<ActorKey, Record<Target, number>> = {
  anonymous: { finance: 403, education: 403, none: 403 },
  office: { finance: 201, education: 201, none: 400 },
  auditor: { finance: 403, education: 403, none: 403 },
  editorFinance: { finance: 201, education: 403, none: 201 },
  reviewerFinance: { finance: 403, education: 403, none: 403 },
  editorEducation: { finance: 403, education: 201, none: 201 },
}

type DeleteTarget = 'financeDraft' | 'financePublished' | 'educationDraft'
/** Moving to the trash (soft delete): the office anything, editors their own department's drafts. */
const TRASH: Record<ActorKey, Record<DeleteTarget, number>> = {
  anonymous: { financeDraft: 403, financePublished: 403, educationDraft: 403 },
  office: { financeDraft: 200, financePublished: 200, educationDraft: 200 },
  auditor: { financeDraft: 403, financePublished: 403, educationDraft: 403 },
  editorFinance: { financeDraft: 200, financePublished: 403, educationDraft: 403 },
  reviewerFinance: { financeDraft: 403, financePublished: 403, educationDraft: 403 },
  editorEducation: { financeDraft: 403, financePublished: 403, educationDraft: 200 },
}

/** Deleting for good: the office only. */
const DELETE: Record<ActorKey, Record<DeleteTarget, number>> = {
  ...Object.fromEntries(Object.keys(TRASH).map((actor) => [actor, { financeDraft: 403, financePublished: 403, educationDraft: 403 }])),
  office: { financeDraft: 200, financePublished: 200, educationDraft: 200 },
} as Record<ActorKey, Record<DeleteTarget, number>>

const count = async () => (await payload.count({ collection: 'disclosures' })).totalDocs

describe.each(['local', 'rest', 'graphql'])('disclosures over %s', (transportName) => {
  const t = () => transports[transportName]!

  it.each(ACTORS)('%s lists exactly the records it may read', async (actor) => {
    const outcome = await t().find('disclosures', world.actors[actor])
    expect(outcome.status).toBe(200)
    // Records created by other tests of this file are not part of the fixture set.
    const fixtureIds = new Set(Object.values(world.disclosures).map(String))
    expect(outcome.ids!.filter((id) => fixtureIds.has(id))).toEqual(idsOf(world, READABLE[actor]))
  })

  it.each(ACTORS)('%s reads a record by id only when allowed (else 404)', async (actor) => {
    for (const fixture of FIXTURES) {
      const outcome = await t().findByID('disclosures', world.disclosures[fixture], world.actors[actor])
      expect({ fixture, status: outcome.status }).toEqual({ fixture, status: READABLE[actor].includes(fixture) ? 200 : 404 })
    }
  })

  it.each(ACTORS)('%s creates only where allowed, and the department is pinned', async (actor) => {
    for (const target of ['finance', 'education', 'none'] as Target[]) {
      const before = await count()
      const data: Record<string, unknown> = { title: `${transportName} ${actor} ${target}` }
      if (target !== 'none') data.department = world.departments[target]
      const outcome = await t().create('disclosures', data, world.actors[actor])
      const expected = CREATE[actor][target]
      expect({ target, status: outcome.status }).toEqual({ target, status: expected })
      expect(await count()).toBe(before + (expected === 201 ? 1 : 0))
      if (expected === 201) {
        const stored = await payload.findByID({ collection: 'disclosures', id: outcome.doc.id, depth: 0 })
        const ownDepartment = world.actors[actor].user?.department
        const department = target === 'none' ? ownDepartment : world.departments[target]
        expect(String(stored.department)).toBe(String(department))
        expect(stored.status).toBe('draft')
        expect(stored.publicAttribute).toBe('proactive')
      }
    }
  })

  it.each(ACTORS)('%s updates only its own department (others: 403, nothing changes)', async (actor) => {
    for (const fixture of FIXTURES) {
      const id = world.disclosures[fixture]
      const before = await payload.findByID({ collection: 'disclosures', id, depth: 0 })
      const title = `${before.title}·${actor}`
      const outcome = await t().update('disclosures', id, { title }, world.actors[actor])
      const allowed = UPDATABLE[actor].includes(fixture)
      expect({ fixture, status: outcome.status }).toEqual({ fixture, status: allowed ? 200 : 403 })
      const after = await payload.findByID({ collection: 'disclosures', id, depth: 0 })
      // A published record's edit is its pending correction (更正); what the public reads stays as it was.
      const editedTitle = (doc: Record<string, any>) => (doc.status === 'published' ? (doc.revision?.data?.title ?? doc.title) : doc.title)
      expect(editedTitle(after)).toBe(allowed ? title : editedTitle(before))
      if (before.status === 'published') expect(after.title).toBe(before.title)
    }
  })

  const deleteTargets = async (): Promise<Record<DeleteTarget, number | string>> => ({
    financeDraft: (await payload.create({ collection: 'disclosures', data: { title: 'del', department: world.departments.finance } })).id,
    financePublished: (
      await payload.create({ collection: 'disclosures', data: { title: 'del', department: world.departments.finance, status: 'published', catalogItem: world.catalogItem } })
    ).id,
    educationDraft: (await payload.create({ collection: 'disclosures', data: { title: 'del', department: world.departments.education } })).id,
  })

  it.each(ACTORS)('%s moves to the trash only what it may (editors: own drafts), and the record is kept', async (actor) => {
    const targets = await deleteTargets()
    for (const [target, id] of Object.entries(targets) as [DeleteTarget, number | string][]) {
      const outcome = await t().update('disclosures', id, { deletedAt: new Date().toISOString() }, world.actors[actor])
      const expected = TRASH[actor][target]
      expect({ target, status: outcome.status }).toEqual({ target, status: expected })
      const visible = await payload.count({ collection: 'disclosures', where: { id: { equals: id } } })
      const kept = await payload.count({ collection: 'disclosures', where: { id: { equals: id } }, trash: true })
      expect({ target, visible: visible.totalDocs, kept: kept.totalDocs }).toEqual({ target, visible: expected === 200 ? 0 : 1, kept: 1 })
    }
  })

  it.each(ACTORS)('%s deletes for good only as the office', async (actor) => {
    const targets: Record<DeleteTarget, number | string> = {
      financeDraft: (await payload.create({ collection: 'disclosures', data: { title: 'del', department: world.departments.finance } })).id,
      financePublished: (
        await payload.create({ collection: 'disclosures', data: { title: 'del', department: world.departments.finance, status: 'published', catalogItem: world.catalogItem } })
      ).id,
      educationDraft: (await payload.create({ collection: 'disclosures', data: { title: 'del', department: world.departments.education } })).id,
    }
    for (const [target, id] of Object.entries(targets) as [DeleteTarget, number | string][]) {
      const outcome = await t().remove('disclosures', id, world.actors[actor])
      const expected = DELETE[actor][target]
      expect({ target, status: outcome.status }).toEqual({ target, status: expected })
      const still = await payload.find({ collection: 'disclosures', where: { id: { equals: id } }, depth: 0 })
      expect(still.totalDocs).toBe(expected === 200 ? 0 : 1)
    }
  })
})
