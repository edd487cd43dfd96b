/**
 * Imported first by the Payload benches (ES modules evaluate in import order): a fresh SQLite file under
 * the OS temp directory, dropped and pushed on start, and a throw-away attachments directory. Never
 * touches ./data (or whatever DATABASE_URL names: the file is dropped on start, so it is never taken from
 * the environment).
 */
import os from 'node:os'
import path from 'node:path'

const name = path.basename(process.argv[1] ?? 'bench').replace(/\.bench\.ts$|\.ts$/, '')
export const BENCH_DB_FILE = path.join(os.tmpdir(), `disclosure-${name}-${process.pid}.db`)
export const BENCH_FILES_DIR = path.join(os.tmpdir(), `disclosure-${name}-files-${process.pid}`)

process.env.DATABASE_URL = `file:${BENCH_DB_FILE}`
process.env.PAYLOAD_DROP_DATABASE = 'true'
process.env.PAYLOAD_SECRET ??= 'bench-secret-not-for-production'
process.env.DISCLOSURE_FILES_DIR = BENCH_FILES_DIR
// The demo seed refuses production; the schema is pushed outside production.
if (process.env.NODE_ENV === 'production') Reflect.deleteProperty(process.env, 'NODE_ENV')
