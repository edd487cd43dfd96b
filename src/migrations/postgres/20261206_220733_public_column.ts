import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_pages_kind" AS ENUM('guide', 'rules');
  CREATE TABLE "site_pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_site_pages_kind" NOT NULL,
  	"title" varchar NOT NULL,
  	"body" jsonb,
  	"published" boolean DEFAULT true,
  	"sort_order" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "published_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"department_id" integer,
  	"title" varchar,
  	"report" jsonb,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_pages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "published_reports_id" integer;
  ALTER TABLE "published_reports" ADD CONSTRAINT "published_reports_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "site_pages_kind_idx" ON "site_pages" USING btree ("kind");
  CREATE INDEX "site_pages_published_idx" ON "site_pages" USING btree ("published");
  CREATE INDEX "site_pages_sort_order_idx" ON "site_pages" USING btree ("sort_order");
  CREATE INDEX "site_pages_updated_at_idx" ON "site_pages" USING btree ("updated_at");
  CREATE INDEX "site_pages_created_at_idx" ON "site_pages" USING btree ("created_at");
  CREATE INDEX "published_reports_year_idx" ON "published_reports" USING btree ("year");
  CREATE INDEX "published_reports_department_idx" ON "published_reports" USING btree ("department_id");
  CREATE INDEX "published_reports_updated_at_idx" ON "published_reports" USING btree ("updated_at");
  CREATE INDEX "published_reports_created_at_idx" ON "published_reports" USING btree ("created_at");
  CREATE UNIQUE INDEX "year_department_1_idx" ON "published_reports" USING btree ("year","department_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_pages_fk" FOREIGN KEY ("site_pages_id") REFERENCES "public"."site_pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_published_reports_fk" FOREIGN KEY ("published_reports_id") REFERENCES "public"."published_reports"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_site_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("site_pages_id");
  CREATE INDEX "payload_locked_documents_rels_published_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("published_reports_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_pages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "published_reports" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_pages" CASCADE;
  DROP TABLE "published_reports" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_pages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_published_reports_fk";
  
  DROP INDEX "payload_locked_documents_rels_site_pages_id_idx";
  DROP INDEX "payload_locked_documents_rels_published_reports_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_pages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "published_reports_id";
  DROP TYPE "public"."enum_site_pages_kind";`)
}
