import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`corrected_at\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`revision_state\` text;`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`revision\` text;`)
  await db.run(sql`CREATE INDEX \`disclosures_revision_state_idx\` ON \`disclosures\` (\`revision_state\`);`)
  await db.run(sql`ALTER TABLE \`policy_documents\` ADD \`corrected_at\` text;`)
  await db.run(sql`ALTER TABLE \`policy_documents\` ADD \`revision_state\` text;`)
  await db.run(sql`ALTER TABLE \`policy_documents\` ADD \`revision\` text;`)
  await db.run(sql`CREATE INDEX \`policy_documents_revision_state_idx\` ON \`policy_documents\` (\`revision_state\`);`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`corrected_at\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`revision_state\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`revision\` text;`)
  await db.run(sql`CREATE INDEX \`interpretations_revision_state_idx\` ON \`interpretations\` (\`revision_state\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`disclosures_revision_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`corrected_at\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`revision_state\`;`)
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`revision\`;`)
  await db.run(sql`DROP INDEX \`policy_documents_revision_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`policy_documents\` DROP COLUMN \`corrected_at\`;`)
  await db.run(sql`ALTER TABLE \`policy_documents\` DROP COLUMN \`revision_state\`;`)
  await db.run(sql`ALTER TABLE \`policy_documents\` DROP COLUMN \`revision\`;`)
  await db.run(sql`DROP INDEX \`interpretations_revision_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`interpretations\` DROP COLUMN \`corrected_at\`;`)
  await db.run(sql`ALTER TABLE \`interpretations\` DROP COLUMN \`revision_state\`;`)
  await db.run(sql`ALTER TABLE \`interpretations\` DROP COLUMN \`revision\`;`)
}
