import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_disclosures_revision_state" AS ENUM('draft', 'submitted', 'attribute-reviewed', 'secrecy-reviewed', 'approved');
  CREATE TYPE "public"."enum_policy_documents_revision_state" AS ENUM('draft', 'submitted', 'attribute-reviewed', 'secrecy-reviewed', 'approved');
  CREATE TYPE "public"."enum_interpretations_revision_state" AS ENUM('draft', 'submitted', 'attribute-reviewed', 'secrecy-reviewed', 'approved');
  ALTER TABLE "disclosures" ADD COLUMN "corrected_at" timestamp(3) with time zone;
  ALTER TABLE "disclosures" ADD COLUMN "revision_state" "enum_disclosures_revision_state";
  ALTER TABLE "disclosures" ADD COLUMN "revision" jsonb;
  ALTER TABLE "policy_documents" ADD COLUMN "corrected_at" timestamp(3) with time zone;
  ALTER TABLE "policy_documents" ADD COLUMN "revision_state" "enum_policy_documents_revision_state";
  ALTER TABLE "policy_documents" ADD COLUMN "revision" jsonb;
  ALTER TABLE "interpretations" ADD COLUMN "corrected_at" timestamp(3) with time zone;
  ALTER TABLE "interpretations" ADD COLUMN "revision_state" "enum_interpretations_revision_state";
  ALTER TABLE "interpretations" ADD COLUMN "revision" jsonb;
  CREATE INDEX "disclosures_revision_state_idx" ON "disclosures" USING btree ("revision_state");
  CREATE INDEX "policy_documents_revision_state_idx" ON "policy_documents" USING btree ("revision_state");
  CREATE INDEX "interpretations_revision_state_idx" ON "interpretations" USING btree ("revision_state");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "disclosures_revision_state_idx";
  DROP INDEX "policy_documents_revision_state_idx";
  DROP INDEX "interpretations_revision_state_idx";
  ALTER TABLE "disclosures" DROP COLUMN "corrected_at";
  ALTER TABLE "disclosures" DROP COLUMN "revision_state";
  ALTER TABLE "disclosures" DROP COLUMN "revision";
  ALTER TABLE "policy_documents" DROP COLUMN "corrected_at";
  ALTER TABLE "policy_documents" DROP COLUMN "revision_state";
  ALTER TABLE "policy_documents" DROP COLUMN "revision";
  ALTER TABLE "interpretations" DROP COLUMN "corrected_at";
  ALTER TABLE "interpretations" DROP COLUMN "revision_state";
  ALTER TABLE "interpretations" DROP COLUMN "revision";
  DROP TYPE "public"."enum_disclosures_revision_state";
  DROP TYPE "public"."enum_policy_documents_revision_state";
  DROP TYPE "public"."enum_interpretations_revision_state";`)
}
