/**
 * One place per rule, checked from the source (issue #17, item 9):
 * - `hooks/` holds hooks only: every value a module there exports is a Payload hook, a factory or bundle
 *   of hooks, or a context key (`…_KEY`, a string constant); and each module exports at least one hook.
 *   Helpers, services and error builders live in `src/services/` (or a pure rule folder). Checked with
 *   TypeScript's own type checker, so a hook is what its type says, not what its name suggests.
 * - "staff read all, the public reads active ones" is spelled once (`access/publicReadsActive.ts`): no other
 *   module writes a `Where` on `active`.
 * - "office and auditors see every department, others their own" is spelled once
 *   (`access/departmentScope.ts`): no other module tests office-or-auditor itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'
import ts from 'typescript'

const ROOT = path.resolve(import.meta.dirname, '../..')

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (name === 'node_modules' || name.startsWith('.')) return []
    if (statSync(full).isDirectory()) return filesUnder(full)
    return /\.(ts|tsx)$/.test(name) ? [full] : []
  })

/** Payload's hook types (CollectionBeforeChangeHook is Payload's BeforeChangeHook, FieldHook …): `…Hook` declared by payload. */
const isPayloadHookAlias = (symbol: ts.Symbol | undefined): boolean =>
  Boolean(symbol && /Hook$/.test(symbol.getName()) && symbol.declarations?.some((declaration) => /[\\/]node_modules[\\/]payload[\\/]/.test(declaration.getSourceFile().fileName)))
/** A context key: a string constant named `…_KEY`, which hooks and their callers share. */
const CONTEXT_KEY = /^[A-Z][A-Z0-9_]*_KEY$/

/** Is a value of this type a hook, a hook factory, or a bundle (object, array) of hooks? */
const isHookType = (checker: ts.TypeChecker, type: ts.Type, depth = 0): boolean => {
  if (depth > 4) return false
  if (isPayloadHookAlias(type.aliasSymbol)) return true
  if (type.isUnion()) return type.types.every((member) => isHookType(checker, member, depth + 1))
  if (checker.isArrayType(type)) return isHookType(checker, checker.getTypeArguments(type as ts.TypeReference)[0]!, depth + 1)
  const calls = type.getCallSignatures()
  if (calls.length > 0) return calls.every((call) => isHookType(checker, call.getReturnType(), depth + 1))
  const properties = type.getProperties()
  if (properties.length > 0 && type.getFlags() & ts.TypeFlags.Object) {
    return properties.every((property) => isHookType(checker, checker.getTypeOfSymbol(property), depth + 1))
  }
  return false
}

interface ModuleReport {
  hooks: string[]
  /** exported values that are neither hooks nor context keys */
  others: string[]
}

/** What each module exports, as the type checker sees it. */
const reportExports = (files: string[]): Map<string, ModuleReport> => {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    jsx: ts.JsxEmit.ReactJSX,
    types: ['node'],
  })
  const checker = program.getTypeChecker()
  const reports = new Map<string, ModuleReport>()
  for (const file of files) {
    const source = program.getSourceFile(file)
    const module = source && checker.getSymbolAtLocation(source)
    if (!module) throw new Error(`cannot read the exports of ${file}`)
    const report: ModuleReport = { hooks: [], others: [] }
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      // Types and interfaces are not values: they go wherever their values go.
      if (!(symbol.flags & ts.SymbolFlags.Value)) continue
      const name = exported.getName()
      const type = checker.getTypeOfSymbol(symbol)
      if (isHookType(checker, type)) report.hooks.push(name)
      else if (!(CONTEXT_KEY.test(name) && type.isStringLiteral())) report.others.push(name)
    }
    reports.set(path.relative(ROOT, file), report)
  }
  return reports
}

const HOOK_FILES = readdirSync(path.join(ROOT, 'hooks'))
  .filter((name) => /\.tsx?$/.test(name))
  .map((name) => path.join(ROOT, 'hooks', name))
/** A service module, to show the check tells services from hooks. */
const SERVICE_SAMPLE = path.join(ROOT, 'src/services/fieldError.ts')

describe('hooks/ holds hooks only', () => {
  const reports = reportExports([...HOOK_FILES, SERVICE_SAMPLE])

  it.each(HOOK_FILES.map((file) => path.relative(ROOT, file)))('%s exports hooks (and context keys) only, at least one hook', (file) => {
    const report = reports.get(file)!
    expect(report.hooks.length).toBeGreaterThan(0)
    expect(report.others).toEqual([])
  })

  it('tells a service from a hook (the check itself can fail)', () => {
    expect(reports.get(path.relative(ROOT, SERVICE_SAMPLE))).toEqual({ hooks: [], others: ['fieldError'] })
  })
})

/** Every source module outside test/ and node_modules, with its path from the root. */
const SOURCES = ['access', 'collections', 'hooks', 'src', 'bench', 'scripts']
  .flatMap((dir) => filesUnder(path.join(ROOT, dir)))
  .concat(path.join(ROOT, 'payload.config.ts'))
  .map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }))

/** A `Where` on the `active` flag. */
const ACTIVE_WHERE = /\bactive\s*:\s*\{\s*(?:equals|not_equals|in|not_in|exists)\s*:/g
/** "office or auditor" tested by hand. */
const OFFICE_OR_AUDITOR =
  /isOfficeUser\([^()]*\)\s*\|\|\s*isAuditorUser\(|isAuditorUser\([^()]*\)\s*\|\|\s*isOfficeUser\(|hasRole\([^()]*'office'\)\s*\|\|\s*hasRole\([^()]*'auditor'\)|hasRole\([^()]*'auditor'\)\s*\|\|\s*hasRole\([^()]*'office'\)/g

const spelledOutside = (pattern: RegExp, home: string): string[] =>
  SOURCES.filter(({ file }) => file !== home).flatMap(({ file, text }) => [...text.matchAll(pattern)].map((match) => `${file}: ${match[0]}`))

describe('access rules are written once', () => {
  it('"staff read all, the public reads active ones": only access/publicReadsActive.ts spells `active`', () => {
    expect(SOURCES.find(({ file }) => file === 'access/publicReadsActive.ts')?.text).toMatch(ACTIVE_WHERE)
    expect(spelledOutside(ACTIVE_WHERE, 'access/publicReadsActive.ts')).toEqual([])
  })

  it('"office and auditors see every department": only access/departmentScope.ts tests office-or-auditor', () => {
    expect(SOURCES.find(({ file }) => file === 'access/departmentScope.ts')?.text).toMatch(OFFICE_OR_AUDITOR)
    expect(spelledOutside(OFFICE_OR_AUDITOR, 'access/departmentScope.ts')).toEqual([])
  })

  it('recognises the spellings it forbids (the checks themselves can fail)', () => {
    const sample = [
      "const readItems: Access = ({ req }) => (req.user ? true : { active: { equals: true } })",
      "where: { active: { not_equals: false } }",
      'if (isOfficeUser(user) || isAuditorUser(user)) return true',
      "const seesAll = hasRole(user, 'auditor') || hasRole(user, 'office')",
    ].join('\n')
    expect([...sample.matchAll(ACTIVE_WHERE)]).toHaveLength(2)
    expect([...sample.matchAll(OFFICE_OR_AUDITOR)]).toHaveLength(2)
  })
})
