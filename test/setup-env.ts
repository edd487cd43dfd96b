import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'

// Every test file boots its own Payload on a fresh database: drop whatever a previous file left.
process.env.PAYLOAD_DROP_DATABASE = 'true'
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
// Tests run on a SQLite file in memory-backed storage (a file, not `:memory:`, so that operations run in
// transactions as in production) unless DATABASE_URL names PostgreSQL or MongoDB.
process.env.DATABASE_URL ??= `file:${process.env.SQLITE_TEST_DIR ?? (existsSync('/dev/shm') ? '/dev/shm' : tmpdir())}/disclosure-test-${process.pid}.db`
// Attachments uploaded by tests go to a throw-away directory, never into ./data.
process.env.DISCLOSURE_FILES_DIR ??= `${process.env.TMPDIR ?? '/tmp'}/disclosure-test-files-${process.pid}`
// A small attachment limit, so the over-size test needs no large file.
process.env.DISCLOSURE_FILES_MAX_BYTES ??= String(256 * 1024)
