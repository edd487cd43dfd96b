/**
 * The plugin's security settings, added to whatever the host configured (never replacing it):
 * API cost limits (REST depth/limit, GraphQL depth/joins/cost), the origins allowed to use the login
 * cookie (Payload's `csrf`), the login throttle and `Secure` cookies on the users collection.
 */
import type { CollectionConfig, Config } from 'payload'

import { capListLimits } from '../../hooks/listLimits.js'
import { originsFromEnvironment, type ResolvedDisclosureOptions } from '../options.js'
import { graphQLCostRule } from './graphqlCost.js'
import { guardLogin, LoginThrottle } from './loginGuard.js'

const withUsersSecurity = (users: CollectionConfig, options: ResolvedDisclosureOptions): CollectionConfig => {
  const auth = typeof users.auth === 'object' ? users.auth : {}
  return {
    ...users,
    auth: { ...auth, cookies: { ...auth.cookies, secure: auth.cookies?.secure ?? options.secureCookies } },
    hooks: { ...users.hooks, beforeOperation: [...(users.hooks?.beforeOperation ?? []), guardLogin(new LoginThrottle(options.login))] },
  }
}

export const withSecurity = (config: Config, options: ResolvedDisclosureOptions): Config => {
  const listLimits = capListLimits(options.apiLimits.maxLimit)
  const hostRules = config.graphQL?.validationRules
  const hostOnInit = config.onInit
  const fellBack = !process.env.SERVER_URL && !process.env.CSRF_ORIGINS && options.allowedOrigins.join() === originsFromEnvironment().join()
  const warnOrigins = process.env.NODE_ENV === 'production' && fellBack && !config.serverURL && !(config.csrf ?? []).length
  return {
    ...config,
    ...(warnOrigins && {
      onInit: async (payload) => {
        await hostOnInit?.(payload)
        payload.logger.warn(
          `Neither SERVER_URL nor CSRF_ORIGINS is set: the login cookie works only from ${options.allowedOrigins.join(', ')}. Set SERVER_URL to the address users open.`,
        )
      },
    }),
    maxDepth: Math.min(config.maxDepth ?? options.apiLimits.maxDepth, options.apiLimits.maxDepth),
    // With a non-empty list Payload ignores the login cookie on requests from any other origin.
    csrf: [...new Set([...(config.csrf ?? []), ...options.allowedOrigins])],
    graphQL: {
      ...config.graphQL,
      validationRules: (args) => [...(hostRules?.(args) ?? []), graphQLCostRule(
          options.apiLimits,
          args.variableValues ?? undefined,
          // Payload's GraphQL context: `headers` are added to the response.
          (args.contextValue as { headers?: Record<string, string> } | undefined)?.headers,
        ),],
    },
    collections: (config.collections ?? []).map((collection) => {
      const limited: CollectionConfig = {
        ...collection,
        hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), listLimits] },
      }
      return collection.slug === options.usersSlug ? withUsersSecurity(limited, options) : limited
    }),
  }
}
