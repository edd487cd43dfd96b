// Every test file boots its own Payload on a fresh database: drop whatever a previous file left.
process.env.PAYLOAD_DROP_DATABASE = 'true'
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
// Tests run on an in-memory SQLite unless DATABASE_URL names PostgreSQL or MongoDB.
process.env.DATABASE_URL ??= 'file::memory:'
