import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`general_rule_by_office\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`policy_documents\` ADD \`general_rule_by_office\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`general_rule_by_office\` integer DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosures\` DROP COLUMN \`general_rule_by_office\`;`)
  await db.run(sql`ALTER TABLE \`policy_documents\` DROP COLUMN \`general_rule_by_office\`;`)
  await db.run(sql`ALTER TABLE \`interpretations\` DROP COLUMN \`general_rule_by_office\`;`)
}
