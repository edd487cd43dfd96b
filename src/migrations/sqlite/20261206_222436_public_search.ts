import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`policy_documents\` ADD \`search_text\` text;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`search_text\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`policy_documents\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`ALTER TABLE \`interpretations\` DROP COLUMN \`search_text\`;`)
}
