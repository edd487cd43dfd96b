import type { HttpResult, TestServer } from './http.js'
import type { ActorKey } from './world.js'

/** Takes one review action through REST as `actor`. */
export const transition = (server: TestServer, token: string | undefined, id: unknown, action: string, extra: Record<string, unknown> = {}, collection = 'disclosures'): Promise<HttpResult> =>
  server.request('POST', `/api/${collection}/${String(id)}/transition?depth=0`, { token, body: { action, ...extra } })

/** The default chain, action by action, with who takes it in the demo world (a finance record). */
export const REVIEW_PATH: { action: string; actor: ActorKey; extra?: Record<string, unknown> }[] = [
  { action: 'submit', actor: 'editorFinance' },
  { action: 'reviewAttribute', actor: 'reviewerFinance' },
  { action: 'reviewSecrecy', actor: 'reviewerFinance', extra: { secrecyReview: { conclusion: 'public', basis: '《保守国家秘密法》第三条；不含个人信息' } } },
  { action: 'approve', actor: 'reviewerFinance' },
]

/** Takes a finance draft through submit → attribute review → secrecy review → sign-off; fails loudly on any refusal. */
export const approveThroughRest = async (server: TestServer, tokens: Partial<Record<ActorKey, string>>, id: unknown, collection = 'disclosures'): Promise<void> => {
  for (const step of REVIEW_PATH) {
    const result = await transition(server, tokens[step.actor], id, step.action, step.extra, collection)
    if (result.status !== 200) throw new Error(`${step.action} by ${step.actor}: HTTP ${result.status} ${JSON.stringify(result.body)}`)
  }
}
