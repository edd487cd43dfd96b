import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosures" ADD COLUMN "general_rule_by_office" boolean DEFAULT false;
  ALTER TABLE "policy_documents" ADD COLUMN "general_rule_by_office" boolean DEFAULT false;
  ALTER TABLE "interpretations" ADD COLUMN "general_rule_by_office" boolean DEFAULT false;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosures" DROP COLUMN "general_rule_by_office";
  ALTER TABLE "policy_documents" DROP COLUMN "general_rule_by_office";
  ALTER TABLE "interpretations" DROP COLUMN "general_rule_by_office";`)
}
