import { addDataAndFileToRequest, APIError, type Endpoint, type PayloadRequest } from 'payload'

import { canSubmitLedger, reportScope } from '../../access/reportScope.js'
import { departmentOf, type DocId } from '../../access/user.js'
import { fieldError } from '../services/fieldError.js'
import { boardMonths, loadLedgerBoard } from '../ledger-runtime/board.js'
import { findDepartment, requireMonth } from '../ledger-runtime/scope.js'
import { parseSubmitExtras, sha256, storedFileHash, submitLedger } from '../ledger-runtime/submit.js'
import { readJsonObject, requireRouteId } from './readJsonObject.js'
import type { ResolvedDisclosureOptions } from '../options.js'

const NO_STORE = { 'cache-control': 'private, no-store' }

const requireUser = (req: PayloadRequest): void => {
  if (!req.user) throw new APIError('请先登录 / log in first', 401, undefined, true)
}

/**
 * `POST /api/ledger-submissions/submit` `{ month, department?, nil?, nilStatement?, correctionReason? }`:
 * a department's editors and reviewers submit their own department's ledger (the office any department's).
 */
export const ledgerSubmitEndpoint = (options: ResolvedDisclosureOptions): Endpoint => ({
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const body = await readJsonObject(req, '{"month":"2025-01"}')
    const month = requireMonth(body.month)
    const requested = body.department ?? departmentOf(req.user)
    if (requested === null || requested === undefined || requested === '') {
      throw fieldError(400, 'department', '请指定报送部门 / department is required')
    }
    if (typeof requested !== 'string' && typeof requested !== 'number') throw fieldError(400, 'department', '部门编号无效 / department must be an id')
    if (!canSubmitLedger(req.user, requested)) {
      throw fieldError(403, 'department', '只能报送本部门的台账（部门编辑或审核人） / only the department\'s editors and reviewers submit its ledger')
    }
    const department = await findDepartment(req, options, requested)
    const doc = await submitLedger(req, options, { month, department, ...parseSubmitExtras(body) })
    return Response.json({ doc, message: doc.onTime ? '台账已按时报送 / submitted on time' : `台账已报送（逾期${String(doc.daysLate)}天） / submitted ${String(doc.daysLate)} day(s) late` }, { status: 201, headers: NO_STORE })
  },
})

/**
 * `GET /api/ledger-submissions/board[?from=YYYY-MM][&to=YYYY-MM][&department=<id>]`: month × department —
 * submitted on time, late, nil, missing or not yet due. Office and auditors see every department; a
 * department's staff their own. Default: the twelve months up to last month.
 */
export const ledgerBoardEndpoint = (options: ResolvedDisclosureOptions): Endpoint => ({
  path: '/board',
  method: 'get',
  handler: async (req) => {
    const scope = reportScope(req.user, req.searchParams.get('department'))
    if (!scope.ok) {
      if (scope.field) throw fieldError(403, scope.field, scope.reason)
      throw new APIError(scope.reason, scope.status, undefined, true)
    }
    const months = boardMonths(req.searchParams.get('from'), req.searchParams.get('to'))
    const { submissions: _files, ...board } = await loadLedgerBoard(req, options, { department: scope.department, months })
    return Response.json(board, { headers: NO_STORE })
  },
})

type Stored = { id: DocId; filename?: string; sha256?: string; title?: string; month?: string; revision?: number; department?: unknown }

/**
 * `GET /api/ledger-submissions/:id/verify`: recomputes the stored file's SHA-256 and compares it with the
 * one recorded at submission. `POST /api/ledger-submissions/verify` (the file as multipart `file` or the
 * raw body): which submissions, among those the user may read, have exactly this file.
 */
export const ledgerVerifyEndpoints = (options: ResolvedDisclosureOptions): Endpoint[] => [
  {
    path: '/:id/verify',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      const id = requireRouteId(req)
      const doc = (await req.payload.findByID({ collection: options.slugs.ledgerSubmissions, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })) as Stored | null
      if (!doc) throw new APIError('没有这份台账，或无权查看 / no such ledger submission, or you may not read it', 404, undefined, true)
      const actual = await storedFileHash(req.payload, options.slugs.ledgerSubmissions, doc.filename)
      return Response.json({ id: doc.id, recorded: doc.sha256 ?? null, actual, intact: actual !== null && actual === doc.sha256, fileFound: actual !== null }, { headers: NO_STORE })
    },
  },
  {
    path: '/verify',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const type = (req.headers.get('content-type') ?? '').toLowerCase()
      let data: Uint8Array | null = null
      if (type.startsWith('multipart/form-data')) {
        await addDataAndFileToRequest(req)
        data = req.file?.data ?? null
      } else if (typeof (req as unknown as Request).arrayBuffer === 'function') {
        data = new Uint8Array(await (req as unknown as Request).arrayBuffer())
      }
      if (!data || data.length === 0) throw fieldError(400, 'file', '请上传要核验的台账文件 / upload the ledger file to verify')
      const hash = sha256(data)
      const { docs } = await req.payload.find({
        collection: options.slugs.ledgerSubmissions,
        where: { sha256: { equals: hash } },
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
        pagination: false,
        select: { title: true, month: true, revision: true, department: true, submittedAt: true },
      })
      return Response.json({ sha256: hash, matches: docs }, { headers: NO_STORE })
    },
  },
]
