#!/usr/bin/env bash
# Creates a migration for each relational dialect after a schema change:
#   npm run migrate:create -- <name>
# SQLite uses a scratch file; PostgreSQL needs MIGRATIONS_POSTGRES_URL (an empty or up-to-date database).
set -euo pipefail
name=${1:?usage: npm run migrate:create -- <name>}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
DATABASE_URL="file:$scratch/migrations.db" npm run -s payload -- migrate:create "$name" --skip-empty
DATABASE_URL="${MIGRATIONS_POSTGRES_URL:?set MIGRATIONS_POSTGRES_URL=postgres://...}" npm run -s payload -- migrate:create "$name" --skip-empty
