import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql'

/**
 * Two GraphQL documents crashed Payload's complexity rule before graphql-js's own validation could answer
 * (HTTP 500, issue #16): a fragment that spreads itself (endless recursion) and a subscription (the schema
 * has none). Both are refused here with 400 before the document reaches Payload. Everything else — syntax
 * errors included — is left to Payload's handler, which answers them itself.
 */
export const graphqlDocumentProblem = (query: unknown): string | null => {
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query, { noLocation: true })
  } catch {
    return null
  }
  if (document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription')) {
    return '不支持订阅 / subscriptions are not supported'
  }
  return fragmentCycle(document)
}

/** The first fragment that reaches itself through spreads, as a message, or null. */
const fragmentCycle = (document: DocumentNode): string | null => {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) spreads.set(definition.name.value, spreadsIn(definition.selectionSet))
  }
  const done = new Set<string>()
  const visit = (name: string, path: Set<string>): string | null => {
    if (path.has(name)) return name
    if (done.has(name)) return null
    path.add(name)
    for (const next of spreads.get(name) ?? []) {
      const cycle = visit(next, path)
      if (cycle) return cycle
    }
    path.delete(name)
    done.add(name)
    return null
  }
  for (const name of spreads.keys()) {
    const cycle = visit(name, new Set())
    if (cycle) return `片段“${cycle.slice(0, 40)}”引用了自身 / fragment "${cycle.slice(0, 40)}" spreads itself`
  }
  return null
}

const spreadsIn = (selectionSet: SelectionSetNode | undefined): string[] => {
  const names: string[] = []
  const stack = selectionSet ? [selectionSet] : []
  while (stack.length > 0) {
    for (const selection of stack.pop()!.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) names.push(selection.name.value)
      else if (selection.selectionSet) stack.push(selection.selectionSet)
    }
  }
  return names
}
