/**
 * A GraphQL validation rule that refuses, before anything runs, queries deeper or costlier than the limits.
 *
 * Payload's own complexity rule adds a fixed cost per relationship or join and ignores `limit`, so
 * `Disclosures(limit:10){docs{department{disclosures(limit:10){docs{department{…}}}}}}` costs a few hundred
 * while resolving 10ⁿ documents. Here every field costs 1 and a join 10 (it is one database query per parent),
 * multiplied by the sizes of the lists above it; joins nested inside joins and the selection depth are capped.
 * Refusals are validation errors, which graphql-http answers with 400 before executing anything.
 */
import {
  GraphQLError,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type ArgumentNode,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql'

export interface GraphQLCostLimits {
  maxLimit: number
  graphQLMaxDepth: number
  graphQLMaxJoinDepth: number
  graphQLMaxCost: number
}

/** Payload's page size when a list query names no `limit`. */
const PAYLOAD_DEFAULT_LIMIT = 10
/** Assumed size of a has-many relationship (its values are stored on the document, so bounded by it). */
const HAS_MANY_GUESS = 10
/** A join resolves with one database query per parent document. */
const JOIN_WEIGHT = 10

const isJoinField = (field: GraphQLField<unknown, unknown>): boolean =>
  (field.extensions as { field?: { type?: string } } | undefined)?.field?.type === 'join'

const returnsList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type)

const intValue = (node: ValueNode | undefined, variables: Record<string, unknown> | undefined): number | undefined => {
  if (!node) return undefined
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.VARIABLE) {
    const value = variables?.[node.name.value]
    return typeof value === 'number' ? value : undefined
  }
  return undefined
}

/**
 * Response header by which the rule tells the HTTP layer that it refused the query: graphql-http answers
 * validation errors with 200 to `Accept: application/json` clients (GraphQL over HTTP), and the server
 * turns this refusal into 400 (src/http/graphqlStatus.ts).
 */
export const REFUSED_QUERY_HEADER = 'x-disclosure-query-refused'

const tooCostly = (message: string, node: FieldNode) => new GraphQLError(message, { nodes: [node], extensions: { code: 'QUERY_TOO_COSTLY' } })

/** The fragment spreads a selection makes, at any depth (inline fragments included). */
const spreadsOf = (selectionSet: SelectionSetNode, into: Set<string> = new Set()): Set<string> => {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) into.add(selection.name.value)
    else if (selection.selectionSet) spreadsOf(selection.selectionSet, into)
  }
  return into
}

/** Names of the fragments that reach themselves through spreads. */
const cyclicFragments = (fragments: Map<string, FragmentDefinitionNode>): string[] => {
  const edges = new Map([...fragments].map(([name, fragment]) => [name, spreadsOf(fragment.selectionSet)]))
  const reachesItself = (start: string): boolean => {
    const seen = new Set<string>()
    const stack = [...(edges.get(start) ?? [])]
    while (stack.length > 0) {
      const name = stack.pop()!
      if (name === start) return true
      if (seen.has(name)) continue
      seen.add(name)
      stack.push(...(edges.get(name) ?? []))
    }
    return false
  }
  return [...fragments.keys()].filter(reachesItself)
}

export const graphQLCostRule =
  (limits: GraphQLCostLimits, variables?: Record<string, unknown>, responseHeaders?: Record<string, string>) =>
  (context: ValidationContext): ASTVisitor => {
    const schema: GraphQLSchema = context.getSchema()

    /**
     * How many items a list-producing field yields per parent. "Everything" (`limit: 0`, a join without a
     * limit, `pagination: false` without one) is rewritten here to `limit: maxLimit` before the query runs.
     */
    const listSize = (field: GraphQLField<unknown, unknown>, node: FieldNode, paged: boolean): number | GraphQLError => {
      if (field.args.some((arg) => arg.name === 'limit')) {
        const limitArg = node.arguments?.find((arg) => arg.name.value === 'limit')
        const limit = intValue(limitArg?.value, variables)
        if (limit !== undefined && limit > limits.maxLimit) {
          return tooCostly(`limit 不能超过 ${limits.maxLimit} / limit must be at most ${limits.maxLimit} (got ${limit})`, node)
        }
        // `pagination: false` (or a variable for it) without a limit asks for everything.
        const unpaged = node.arguments?.some((arg) => arg.name.value === 'pagination' && !(arg.value.kind === Kind.BOOLEAN && arg.value.value)) ?? false
        if (limit !== undefined && limit > 0) return limit
        if (limit === undefined && !isJoinField(field) && !unpaged && !limitArg) return PAYLOAD_DEFAULT_LIMIT
        capLimit(node, limitArg)
        return limits.maxLimit
      }
      if (!returnsList(field.type)) return 1
      // The `docs` of a page or join: its size was counted at the field that took the `limit`.
      return paged && field.name === 'docs' ? 1 : HAS_MANY_GUESS
    }

    /** Makes the field ask for `maxLimit` items (the AST and variables are the ones the server executes next). */
    const capLimit = (node: FieldNode, limitArg: ArgumentNode | undefined): void => {
      const capped: ValueNode = { kind: Kind.INT, value: String(limits.maxLimit) }
      if (limitArg?.value.kind === Kind.VARIABLE && variables) {
        variables[limitArg.value.name.value] = limits.maxLimit
        return
      }
      if (limitArg) {
        ;(limitArg as { value: ValueNode }).value = capped
        return
      }
      const argument: ArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'limit' }, value: capped }
      ;(node as { arguments?: readonly ArgumentNode[] }).arguments = [...(node.arguments ?? []), argument]
    }

    let cost = 0
    let error: GraphQLError | null = null

    const walk = (
      selectionSet: SelectionSetNode,
      parentType: GraphQLNamedType,
      depth: number,
      joinDepth: number,
      multiplier: number,
      fragments: Set<string>,
      paged: boolean,
    ): void => {
      for (const selection of selectionSet.selections) {
        if (error) return
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const name = selection.name.value
          // A cycle is reported by graphql's own NoFragmentCycles rule; just do not follow it.
          if (fragments.has(name)) continue
          const fragment = context.getFragment(name)
          const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined
          if (fragment && type) walk(fragment.selectionSet, type, depth, joinDepth, multiplier, new Set([...fragments, name]), paged)
          continue
        }
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType
          if (type) walk(selection.selectionSet, type, depth, joinDepth, multiplier, fragments, paged)
          continue
        }
        const name = selection.name.value
        // Introspection is bounded by the schema (and can be switched off in production by Payload).
        if (name.startsWith('__')) continue
        if (!isObjectType(parentType)) continue
        const field = parentType.getFields()[name]
        if (!field) continue // unknown fields are reported by graphql's own rules
        if (depth + 1 > limits.graphQLMaxDepth) {
          error = tooCostly(`查询嵌套过深（最多 ${limits.graphQLMaxDepth} 层）/ query is nested deeper than ${limits.graphQLMaxDepth} levels`, selection)
          return
        }
        const join = isJoinField(field)
        const nextJoinDepth = join ? joinDepth + 1 : joinDepth
        if (nextJoinDepth > limits.graphQLMaxJoinDepth) {
          error = tooCostly(
            `关联列表嵌套过深（最多 ${limits.graphQLMaxJoinDepth} 层）/ joins may be nested at most ${limits.graphQLMaxJoinDepth} deep (at "${name}")`,
            selection,
          )
          return
        }
        cost += multiplier * (join ? JOIN_WEIGHT : 1)
        const size = listSize(field, selection, paged)
        if (size instanceof GraphQLError) {
          error = size
          return
        }
        const childMultiplier = multiplier * size
        if (cost > limits.graphQLMaxCost || childMultiplier > limits.graphQLMaxCost * limits.maxLimit) {
          error = tooCostly(`查询代价过高（上限 ${limits.graphQLMaxCost}）/ query is too costly (limit ${limits.graphQLMaxCost})`, selection)
          return
        }
        if (selection.selectionSet) {
          walk(selection.selectionSet, getNamedType(field.type), depth + 1, nextJoinDepth, childMultiplier, fragments, field.args.some((arg) => arg.name === 'limit'))
        }
      }
    }

    return {
      // Before any operation is costed: Payload's own complexity rule follows fragment cycles until the stack
      // overflows (HTTP 500). A fragment in a cycle is refused here and its selection emptied so no rule loops.
      Document(document) {
        const fragments = new Map<string, FragmentDefinitionNode>()
        for (const definition of document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
        }
        const cyclic = cyclicFragments(fragments)
        if (cyclic.length === 0) return
        for (const name of cyclic) {
          ;(fragments.get(name) as { selectionSet: SelectionSetNode }).selectionSet = {
            kind: Kind.SELECTION_SET,
            selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
          }
        }
        context.reportError(new GraphQLError(`片段不能引用自身：${cyclic.join(', ')} / fragments must not spread themselves: ${cyclic.join(', ')}`, { extensions: { code: 'QUERY_TOO_COSTLY' } }))
        if (responseHeaders) responseHeaders[REFUSED_QUERY_HEADER] = 'fragment-cycle'
      },
      OperationDefinition(node) {
        const root = node.operation === 'query' ? schema.getQueryType() : node.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType()
        if (!root) return
        cost = 0
        error = null
        walk(node.selectionSet, root, 0, 0, 1, new Set(), false)
        if (!error) return
        context.reportError(error)
        if (responseHeaders) responseHeaders[REFUSED_QUERY_HEADER] = 'cost'
      },
    }
  }
