import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosures" ADD COLUMN "search_text" varchar;
  ALTER TABLE "policy_documents" ADD COLUMN "search_text" varchar;
  ALTER TABLE "interpretations" ADD COLUMN "search_text" varchar;`)
  // The public column's search: trigram indexes serve its ILIKE conditions (src/site/searchText.ts). Where
  // pg_trgm cannot be created (no privilege), the search still works, scanning instead.
  await db.execute(sql`
  DO $$
  BEGIN
    BEGIN
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN insufficient_privilege OR undefined_file THEN
      RAISE NOTICE 'pg_trgm not available: the public search scans instead of using trigram indexes';
    END;
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
      CREATE INDEX IF NOT EXISTS "disclosures_title_trgm_idx" ON "disclosures" USING gin ("title" gin_trgm_ops);
      CREATE INDEX IF NOT EXISTS "disclosures_search_text_trgm_idx" ON "disclosures" USING gin ("search_text" gin_trgm_ops);
      CREATE INDEX IF NOT EXISTS "policy_documents_title_trgm_idx" ON "policy_documents" USING gin ("title" gin_trgm_ops);
      CREATE INDEX IF NOT EXISTS "policy_documents_search_text_trgm_idx" ON "policy_documents" USING gin ("search_text" gin_trgm_ops);
      CREATE INDEX IF NOT EXISTS "interpretations_title_trgm_idx" ON "interpretations" USING gin ("title" gin_trgm_ops);
      CREATE INDEX IF NOT EXISTS "interpretations_search_text_trgm_idx" ON "interpretations" USING gin ("search_text" gin_trgm_ops);
    END IF;
  END $$;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "disclosures_title_trgm_idx";
  DROP INDEX IF EXISTS "disclosures_search_text_trgm_idx";
  DROP INDEX IF EXISTS "policy_documents_title_trgm_idx";
  DROP INDEX IF EXISTS "policy_documents_search_text_trgm_idx";
  DROP INDEX IF EXISTS "interpretations_title_trgm_idx";
  DROP INDEX IF EXISTS "interpretations_search_text_trgm_idx";`)
  await db.execute(sql`
   ALTER TABLE "disclosures" DROP COLUMN "search_text";
  ALTER TABLE "policy_documents" DROP COLUMN "search_text";
  ALTER TABLE "interpretations" DROP COLUMN "search_text";`)
}
