import type { CollectionAfterChangeHook, CollectionAfterReadHook, CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { isOfficeUser } from '../access/isOffice.js'
import { departmentOf, relationId, sameId } from '../access/user.js'
import { toBeijingDate } from '../src/calendar/index.js'
import { parseDocumentNumber } from '../src/policy/documentNumber.js'
import { validityNotice, type ValidityState } from '../src/policy/validity.js'
import { TYPES_REQUIRING_INTERPRETATION, type DocumentType } from '../src/policy/vocabulary.js'
import { fieldError } from '../src/services/fieldError.js'

/** 文号: normalised (〔〕, half-width digits), required for 规章 and 行政规范性文件, unique per issuing department. */
export const documentNumberHook =
  ({ slug }: { slug: string }): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    const raw = merged.documentNumber
    if (raw === undefined || raw === null || String(raw).trim() === '') {
      if (TYPES_REQUIRING_INTERPRETATION.includes(merged.documentType as DocumentType)) {
        throw fieldError(400, 'documentNumber', '规章和行政规范性文件须填写文号，如 兴政发〔2017〕24号 / rules and normative documents need an issuing number')
      }
      return { ...data, documentNumber: null }
    }
    const parsed = parseDocumentNumber(raw)
    if (!parsed.ok) throw fieldError(400, 'documentNumber', `${parsed.reason.zh} / ${parsed.reason.en}`)
    const normalized = parsed.value.normalized
    const clash = await req.payload.count({
      collection: slug,
      overrideAccess: true,
      req,
      trash: true,
      where: {
        and: [
          { documentNumber: { equals: normalized } },
          { department: { equals: relationId(merged.department) } },
          ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : []),
        ],
      },
    })
    if (clash.totalDocs > 0) throw fieldError(400, 'documentNumber', `本机关已有文号为“${normalized}”的文件 / this department already has a document numbered ${normalized}`)
    return { ...data, documentNumber: normalized }
  }

/** A policy's information is formed when it is written (成文日期): that starts its publication clock. */
export const formedOnWritingHook: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  if (merged.writtenOn && !merged.formedAt) return { ...data, formedAt: merged.writtenOn }
  return data
}

/** The public notice on a document no longer fully in force ("本文件已于…废止，见…"). */
export const validityNoticeHook =
  ({ slug }: { slug: string }): CollectionAfterReadHook =>
  async ({ doc, req }) => {
    if (!doc || !doc.validity || doc.validity === 'valid') return { ...doc, validityNotice: null }
    const byId = relationId(doc.supersededBy)
    let by: { title: string; documentNumber?: string | null } | null = null
    if (byId !== null) {
      const found = (await req.payload.findByID({ collection: slug, id: byId, depth: 0, overrideAccess: true, disableErrors: true, req, select: { title: true, documentNumber: true } })) as Record<string, any> | null
      if (found) by = { title: found.title, documentNumber: found.documentNumber }
    }
    return { ...doc, validityNotice: validityNotice({ validity: doc.validity as ValidityState, changedOn: doc.validityChangedOn, by, effectiveUntil: doc.effectiveUntil }) }
  }

/**
 * When a document is published, the documents it amends or repeals change with it: status, date and a
 * link to it — within the publication's transaction (PostgreSQL, MongoDB replica sets). Where the adapter
 * has none (SQLite), the targets already changed are restored and the publication itself undone, so a
 * failure half-way leaves every document as it was.
 */
export const applyValidityChanges =
  ({ slug }: { slug: string }): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (doc.status !== 'published' || previousDoc?.status === 'published') return doc
    const changedOn = doc.effectiveFrom ?? toBeijingDate(doc.publishedAt ?? new Date())
    const targets: { id: number | string; validity: ValidityState }[] = [
      ...((doc.amends as unknown[]) ?? []).map((value) => ({ id: relationId(value)!, validity: 'amended' as const })),
      ...((doc.repeals as unknown[]) ?? []).map((value) => ({ id: relationId(value)!, validity: 'repealed' as const })),
    ].filter((target) => target.id !== null && !sameId(target.id, doc.id))
    if (targets.length === 0) return doc
    // Payload's SQLite adapter reports a transaction but does not roll this work back: undo by hand there.
    const transactional = req.payload.db.name !== 'sqlite' && Boolean(await req.transactionID)
    const restored: { id: number | string; before: Record<string, unknown> }[] = []
    try {
      for (const target of targets) {
        const before = (await req.payload.findByID({ collection: slug, id: target.id, depth: 0, overrideAccess: true, req })) as Record<string, any>
        restored.push({ id: target.id, before: { validity: before.validity, validityChangedOn: before.validityChangedOn, supersededBy: relationId(before.supersededBy) } })
        await req.payload.update({
          collection: slug,
          id: target.id,
          data: { validity: target.validity, validityChangedOn: changedOn, supersededBy: doc.id },
          depth: 0,
          overrideAccess: true,
          req,
          context: { [VALIDITY_CONTEXT_KEY]: true },
        })
      }
    } catch (error) {
      if (!transactional) await undo(req, slug, restored, doc.id, previousDoc)
      throw error
    }
    return doc
  }

export const VALIDITY_CONTEXT_KEY = 'disclosureValidityChange'

const undo = async (req: PayloadRequest, slug: string, restored: { id: number | string; before: Record<string, unknown> }[], id: number | string, previousDoc: Record<string, any> | undefined) => {
  for (const item of restored.reverse()) {
    await req.payload.db.updateOne({ collection: slug, id: item.id, data: item.before, req }).catch(() => undefined)
  }
  if (previousDoc) {
    const state = { status: previousDoc.status, publishedAt: previousDoc.publishedAt ?? null, daysLate: previousDoc.daysLate ?? null, deadlineState: previousDoc.deadlineState ?? null }
    await req.payload.db.updateOne({ collection: slug, id, data: state, req }).catch(() => undefined)
  }
}

/**
 * 谁起草、谁解读: an interpretation belongs to the department that drafted its policy. Staff of another
 * department are refused (403); the department is taken from the policy. A request that names another
 * department is refused (staff 403, the office 400), never silently rewritten.
 */
export const interpretationOwnerHook =
  ({ policies }: { policies: string }): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req }) => {
    if (!data) return data
    const policyId = relationId('policy' in data ? data.policy : originalDoc?.policy)
    if (policyId === null) throw fieldError(400, 'policy', '请选择所解读的政策文件 / choose the policy document this interprets')
    const policy = (await req.payload.findByID({ collection: policies, id: policyId, depth: 0, overrideAccess: true, disableErrors: true, req, select: { department: true } })) as Record<string, any> | null
    if (!policy) throw fieldError(400, 'policy', `没有 id 为 ${policyId} 的政策文件 / no policy document with id ${policyId}`)
    const drafting = relationId(policy.department)
    const user = req.user
    if (user && !isOfficeUser(user) && !sameId(departmentOf(user), drafting)) {
      throw fieldError(403, 'policy', '只能解读本部门起草的政策文件（谁起草、谁解读）/ only the drafting department interprets its policy')
    }
    const named = 'department' in data ? relationId(data.department) : null
    if (named !== null && !sameId(named, drafting)) {
      const office = Boolean(user && isOfficeUser(user))
      throw fieldError(
        office ? 400 : 403,
        'department',
        `政策解读属于起草该政策文件的部门，不能另选部门（谁起草、谁解读）/ an interpretation belongs to its policy's drafting department (${String(drafting)}), not ${String(named)}`,
      )
    }
    return { ...data, department: drafting }
  }

/**
 * An interpretation's clock starts when its policy is published (3 working days, 国办发〔2016〕19号): its
 * `formedAt` is the policy's Beijing publication date — taken from the policy, never from the request.
 * That it cannot be published before its policy is the workflow table's guard `policyPublished`.
 */
export const interpretationClockHook =
  ({ policies }: { policies: string }): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const merged = { ...originalDoc, ...data }
    const policyId = relationId(merged.policy)
    const policy = policyId === null ? null : ((await req.payload.findByID({ collection: policies, id: policyId, depth: 0, overrideAccess: true, disableErrors: true, req, select: { publishedAt: true } })) as Record<string, any> | null)
    const formedAt = policy?.publishedAt ? toBeijingDate(policy.publishedAt) : null
    return { ...data, formedAt, changedAt: null, infoType: 'general' }
  }

/** When a policy is published, its interpretations' 3-day clocks start (their deadlines are recomputed). */
export const startInterpretationClocks =
  ({ interpretations }: { interpretations: string }): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (doc.status !== 'published' || previousDoc?.status === 'published') return doc
    await req.payload.update({ collection: interpretations, where: { policy: { equals: doc.id } }, data: {}, overrideAccess: true, req, depth: 0 })
    return doc
  }
