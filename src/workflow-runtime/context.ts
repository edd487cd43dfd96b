/** The request-context keys by which the workflow's adapters talk to its hooks. */

/** Set by the transition endpoint and the scheduler: only they move an entry between states. */
export const WORKFLOW_CONTEXT_KEY = 'disclosureWorkflowTransition'

/** Passes a correction in progress from `workflowGuard` to `keepPublishedVersion`, per entry. */
export const CORRECTION_CONTEXT_KEY = 'disclosureCorrection'

/** The key of one entry's correction in the request context (nested saves of other entries keep theirs). */
export const correctionKey = (collection: string, id: unknown) => `${collection}:${String(id)}`
