import type { Payload } from 'payload'

import { DEMO_PASSWORD } from '../../src/seed/demo-data.js'
import { seedDemoData } from '../../src/seed/seedDemo.js'

export type ActorKey = 'anonymous' | 'office' | 'editorFinance' | 'reviewerFinance' | 'editorEducation' | 'auditor'
export const ACTORS: ActorKey[] = ['anonymous', 'office', 'editorFinance', 'reviewerFinance', 'editorEducation', 'auditor']

const EMAILS: Record<Exclude<ActorKey, 'anonymous'>, string> = {
  office: 'office@demo.gov.cn',
  editorFinance: 'editor.finance@demo.gov.cn',
  reviewerFinance: 'reviewer.finance@demo.gov.cn',
  editorEducation: 'editor.education@demo.gov.cn',
  auditor: 'auditor@demo.gov.cn',
}

export interface Actor {
  key: ActorKey
  user: Record<string, any> | null
  email?: string
  password: string
}

export type FixtureKey = 'fDraft' | 'fPub' | 'fPubOnRequest' | 'eDraft' | 'ePub'
export const FIXTURES: FixtureKey[] = ['fDraft', 'fPub', 'fPubOnRequest', 'eDraft', 'ePub']

export interface World {
  /** a catalog item every fixture record is filed under (proactive records are published under one) */
  catalogItem: number | string
  departments: { finance: number | string; education: number | string; office: number | string; inactive: number | string }
  actors: Record<ActorKey, Actor>
  disclosures: Record<FixtureKey, number | string>
}

/**
 * The demo organisation plus a known set of records: finance and education each have drafts and
 * published entries; one finance entry is published but disclosed only on request.
 */
export const buildWorld = async (payload: Payload): Promise<World> => {
  await seedDemoData(payload)
  const departmentId = async (orgCode: string) =>
    (await payload.find({ collection: 'departments', where: { orgCode: { equals: orgCode } }, depth: 0 })).docs[0]!.id
  const finance = await departmentId('1121039900MB00027G')
  const education = await departmentId('1121039900MB00035B')
  const office = await departmentId('1121039900MB00019M')
  const inactive = (
    await payload.create({
      collection: 'departments',
      data: { name: '示范区已撤并办公室', orgCode: '1121039900MB001074', kind: 'department', active: false },
    })
  ).id

  const actors = {} as Record<ActorKey, Actor>
  actors.anonymous = { key: 'anonymous', user: null, password: '' }
  for (const [key, email] of Object.entries(EMAILS) as [Exclude<ActorKey, 'anonymous'>, string][]) {
    const found = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
    actors[key] = { key, user: { ...found.docs[0], collection: 'users' }, email, password: DEMO_PASSWORD }
  }

  const catalogItem = (await payload.find({ collection: 'catalog-items', depth: 0, limit: 1, sort: 'sortOrder' })).docs[0]!.id
  const withheld = { attributeBasis: ['art27-on-request'], attributeReason: '仅涉及特定对象' }
  const make = async (title: string, department: number | string, status: string, publicAttribute = 'proactive') =>
    (
      await payload.create({
        collection: 'disclosures',
        data: { title, department, status, publicAttribute, catalogItem, ...(publicAttribute === 'proactive' ? {} : withheld) },
      })
    ).id
  const disclosures: Record<FixtureKey, number | string> = {
    fDraft: await make('财政局草稿', finance, 'draft'),
    fPub: await make('2025年区级部门预算公开', finance, 'published'),
    fPubOnRequest: await make('财政局依申请公开信息', finance, 'published', 'on-request'),
    eDraft: await make('教育局草稿', education, 'draft'),
    ePub: await make('2025年义务教育招生政策', education, 'published'),
  }
  return { catalogItem, departments: { finance, education, office, inactive }, actors, disclosures }
}

export const idsOf = (world: World, keys: FixtureKey[]): string[] => keys.map((key) => String(world.disclosures[key])).sort()
