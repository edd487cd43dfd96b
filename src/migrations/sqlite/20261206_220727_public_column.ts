import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_pages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text,
  	\`published\` integer DEFAULT true,
  	\`sort_order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`site_pages_kind_idx\` ON \`site_pages\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`site_pages_published_idx\` ON \`site_pages\` (\`published\`);`)
  await db.run(sql`CREATE INDEX \`site_pages_sort_order_idx\` ON \`site_pages\` (\`sort_order\`);`)
  await db.run(sql`CREATE INDEX \`site_pages_updated_at_idx\` ON \`site_pages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`site_pages_created_at_idx\` ON \`site_pages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`published_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`department_id\` integer,
  	\`title\` text,
  	\`report\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`published_reports_year_idx\` ON \`published_reports\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`published_reports_department_idx\` ON \`published_reports\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`published_reports_updated_at_idx\` ON \`published_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`published_reports_created_at_idx\` ON \`published_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`year_department_1_idx\` ON \`published_reports\` (\`year\`,\`department_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`site_pages_id\` integer REFERENCES site_pages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`published_reports_id\` integer REFERENCES published_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_site_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`site_pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_published_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`published_reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`site_pages\`;`)
  await db.run(sql`DROP TABLE \`published_reports\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`departments_id\` integer,
  	\`disclosures_id\` integer,
  	\`disclosure_files_id\` integer,
  	\`policy_documents_id\` integer,
  	\`interpretations_id\` integer,
  	\`disclosure_reminders_id\` integer,
  	\`calendar_days_id\` integer,
  	\`deadline_changes_id\` integer,
  	\`catalog_domains_id\` integer,
  	\`catalog_items_id\` integer,
  	\`catalog_imports_id\` integer,
  	\`index_counters_id\` integer,
  	\`disclosure_requests_id\` integer,
  	\`administrative_reviews_id\` integer,
  	\`annual_report_figures_id\` integer,
  	\`reply_templates_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosure_files_id\`) REFERENCES \`disclosure_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosure_reminders_id\`) REFERENCES \`disclosure_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`calendar_days_id\`) REFERENCES \`calendar_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deadline_changes_id\`) REFERENCES \`deadline_changes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`catalog_domains_id\`) REFERENCES \`catalog_domains\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`catalog_items_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`catalog_imports_id\`) REFERENCES \`catalog_imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`index_counters_id\`) REFERENCES \`index_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosure_requests_id\`) REFERENCES \`disclosure_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`administrative_reviews_id\`) REFERENCES \`administrative_reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`annual_report_figures_id\`) REFERENCES \`annual_report_figures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reply_templates_id\`) REFERENCES \`reply_templates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "departments_id", "disclosures_id", "disclosure_files_id", "policy_documents_id", "interpretations_id", "disclosure_reminders_id", "calendar_days_id", "deadline_changes_id", "catalog_domains_id", "catalog_items_id", "catalog_imports_id", "index_counters_id", "disclosure_requests_id", "administrative_reviews_id", "annual_report_figures_id", "reply_templates_id") SELECT "id", "order", "parent_id", "path", "users_id", "departments_id", "disclosures_id", "disclosure_files_id", "policy_documents_id", "interpretations_id", "disclosure_reminders_id", "calendar_days_id", "deadline_changes_id", "catalog_domains_id", "catalog_items_id", "catalog_imports_id", "index_counters_id", "disclosure_requests_id", "administrative_reviews_id", "annual_report_figures_id", "reply_templates_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_files_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosure_files_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosure_reminders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_calendar_days_id_idx\` ON \`payload_locked_documents_rels\` (\`calendar_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deadline_changes_id_idx\` ON \`payload_locked_documents_rels\` (\`deadline_changes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_catalog_domains_id_idx\` ON \`payload_locked_documents_rels\` (\`catalog_domains_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_catalog_items_id_idx\` ON \`payload_locked_documents_rels\` (\`catalog_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_catalog_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`catalog_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_index_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`index_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosure_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosure_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_administrative_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`administrative_reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_annual_report_figures_id_idx\` ON \`payload_locked_documents_rels\` (\`annual_report_figures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reply_templates_id_idx\` ON \`payload_locked_documents_rels\` (\`reply_templates_id\`);`)
}
