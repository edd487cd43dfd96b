/**
 * The disclosure rules are pure modules: no Payload, no hooks, collections or access rules. Collections,
 * hooks, endpoints and views are thin adapters around them (CONTRIBUTING, "Where rules live"). This test
 * fails when a rule folder starts to depend on the adapter side.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** The pure rule folders under src/. */
export const PURE_RULE_FOLDERS = ['calendar', 'deadlines', 'workflow', 'requests', 'ledger', 'annual-report', 'catalog-io', 'policy', 'audit', 'disclosure', 'files']

/** An import that makes a module impure: Payload itself, its packages, or the adapter folders. */
const IMPURE = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](payload(?:\/[^'"]*)?|@payloadcms\/[^'"]+|(?:\.\.\/)+(?:hooks|collections|access)\/[^'"]*|(?:\.\.\/)+(?:\.\.\/)?src\/(?:services|endpoints|jobs|admin|http)\/[^'"]*)['"]/g

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return filesUnder(full)
    return /\.(ts|tsx)$/.test(name) ? [full] : []
  })

describe('pure rule folders', () => {
  it.each(PURE_RULE_FOLDERS)('src/%s imports neither payload nor hooks/, collections/ or access/', (folder) => {
    const offenders = filesUnder(path.join(ROOT, 'src', folder)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPURE)].map((match) => `${path.relative(ROOT, file)}: ${match[1]}`),
    )
    expect(offenders).toEqual([])
  })

  it('recognises an impure import (the check itself can fail)', () => {
    const sample = "import type { Where } from 'payload'\nimport { fieldError } from '../../hooks/errors.js'\nconst x = await import('@payloadcms/ui')"
    expect([...sample.matchAll(IMPURE)].map((match) => match[1])).toEqual(['payload', '../../hooks/errors.js', '@payloadcms/ui'])
  })
})
