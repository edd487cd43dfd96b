#!/usr/bin/env bash
# Creates a migration for each relational dialect after a schema change:
#   MIGRATIONS_POSTGRES_URL=postgres://… npm run migrate:create -- <name>
# SQLite uses a scratch file; PostgreSQL needs a database that is empty or migrated to the latest migration.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: npm run migrate:create -- <name>}
pg_url=${MIGRATIONS_POSTGRES_URL:?set MIGRATIONS_POSTGRES_URL=postgres://...}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
DATABASE_URL="file:$scratch/migrations.db" npm run payload -- migrate:create "$name" --skip-empty
DATABASE_URL="$pg_url" npm run payload -- migrate:create "$name" --skip-empty
# Payload writes extensionless imports; NodeNext (and the Next.js build) needs `.js`.
sed -i "s#from './\([0-9][0-9_a-z]*\)'#from './\1.js'#" src/migrations/*/index.ts
