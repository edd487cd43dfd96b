import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`department_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_department_idx\` ON \`users\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`departments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_en\` text,
  	\`short_name\` text,
  	\`org_code\` text NOT NULL,
  	\`kind\` text DEFAULT 'department',
  	\`parent_id\` integer,
  	\`phone\` text,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_org_code_idx\` ON \`departments\` (\`org_code\`);`)
  await db.run(sql`CREATE INDEX \`departments_parent_idx\` ON \`departments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`disclosures_attribute_basis\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_attribute_basis_order_idx\` ON \`disclosures_attribute_basis\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_attribute_basis_parent_idx\` ON \`disclosures_attribute_basis\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`index_number\` text,
  	\`department_id\` integer NOT NULL,
  	\`public_attribute\` text DEFAULT 'proactive',
  	\`status\` text DEFAULT 'draft',
  	\`published_at\` text,
  	\`catalog_item_id\` integer,
  	\`domain_id\` integer,
  	\`body\` text,
  	\`attribute_reason\` text,
  	\`late_reason\` text,
  	\`days_late\` numeric,
  	\`info_type\` text DEFAULT 'general',
  	\`formed_at\` text,
  	\`changed_at\` text,
  	\`due_date\` text,
  	\`deadline_rule_rule\` text,
  	\`deadline_rule_days\` numeric,
  	\`deadline_rule_unit\` text,
  	\`deadline_rule_trigger\` text,
  	\`deadline_rule_trigger_date\` text,
  	\`deadline_rule_basis\` text,
  	\`deadline_state\` text,
  	\`deadline_explain\` text,
  	\`provisional\` integer,
  	\`author_id\` integer,
  	\`submitted_by_id\` integer,
  	\`scheduled_publish_at\` text,
  	\`secrecy_review_reviewer_id\` integer,
  	\`secrecy_review_reviewed_at\` text,
  	\`secrecy_review_conclusion\` text,
  	\`secrecy_review_basis\` text,
  	\`secrecy_review_notes\` text,
  	\`findings\` text,
  	\`findings_signature\` text,
  	\`findings_acknowledgement_reason\` text,
  	\`findings_acknowledgement_by_id\` integer,
  	\`findings_acknowledgement_at\` text,
  	\`findings_acknowledgement_signature\` text,
  	\`workflow_history\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`catalog_item_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`domain_id\`) REFERENCES \`catalog_domains\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`secrecy_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`findings_acknowledgement_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosures_index_number_idx\` ON \`disclosures\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_department_idx\` ON \`disclosures\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_public_attribute_idx\` ON \`disclosures\` (\`public_attribute\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_status_idx\` ON \`disclosures\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_catalog_item_idx\` ON \`disclosures\` (\`catalog_item_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_domain_idx\` ON \`disclosures\` (\`domain_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_formed_at_idx\` ON \`disclosures\` (\`formed_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_due_date_idx\` ON \`disclosures\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_deadline_rule_deadline_rule_trigger_date_idx\` ON \`disclosures\` (\`deadline_rule_trigger_date\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_deadline_state_idx\` ON \`disclosures\` (\`deadline_state\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_author_idx\` ON \`disclosures\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_submitted_by_idx\` ON \`disclosures\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_scheduled_publish_at_idx\` ON \`disclosures\` (\`scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_secrecy_review_secrecy_review_reviewer_idx\` ON \`disclosures\` (\`secrecy_review_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_findings_acknowledgement_findings_acknowledg_idx\` ON \`disclosures\` (\`findings_acknowledgement_by_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_updated_at_idx\` ON \`disclosures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_created_at_idx\` ON \`disclosures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_deleted_at_idx\` ON \`disclosures\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`status_publicAttribute_domain_deletedAt_publishedAt_crea_idx\` ON \`disclosures\` (\`status\`,\`public_attribute\`,\`domain_id\`,\`deleted_at\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`disclosures\` (\`status\`,\`public_attribute\`,\`catalog_item_id\`,\`deleted_at\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`disclosures\` (\`status\`,\`public_attribute\`,\`department_id\`,\`deleted_at\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_publicAttribute_deletedAt_publishedAt_createdAt_idx\` ON \`disclosures\` (\`status\`,\`public_attribute\`,\`deleted_at\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`department_createdAt_idx\` ON \`disclosures\` (\`department_id\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`disclosures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	\`disclosure_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosure_files_id\`) REFERENCES \`disclosure_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_rels_order_idx\` ON \`disclosures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_parent_idx\` ON \`disclosures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_path_idx\` ON \`disclosures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_departments_id_idx\` ON \`disclosures_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_disclosure_files_id_idx\` ON \`disclosures_rels\` (\`disclosure_files_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_files\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`department_id\` integer NOT NULL,
  	\`publicly_visible\` integer DEFAULT false,
  	\`findings\` text,
  	\`text_extracted\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_files_department_idx\` ON \`disclosure_files\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_files_publicly_visible_idx\` ON \`disclosure_files\` (\`publicly_visible\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_files_updated_at_idx\` ON \`disclosure_files\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_files_created_at_idx\` ON \`disclosure_files\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_files_filename_idx\` ON \`disclosure_files\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_attribute_basis\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_attribute_basis_order_idx\` ON \`policy_documents_attribute_basis\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_attribute_basis_parent_idx\` ON \`policy_documents_attribute_basis\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_subjects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_subjects_order_idx\` ON \`policy_documents_subjects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_subjects_parent_idx\` ON \`policy_documents_subjects\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`index_number\` text,
  	\`department_id\` integer NOT NULL,
  	\`public_attribute\` text DEFAULT 'proactive',
  	\`status\` text DEFAULT 'draft',
  	\`published_at\` text,
  	\`catalog_item_id\` integer,
  	\`domain_id\` integer,
  	\`body\` text,
  	\`attribute_reason\` text,
  	\`late_reason\` text,
  	\`days_late\` numeric,
  	\`info_type\` text DEFAULT 'general',
  	\`formed_at\` text,
  	\`changed_at\` text,
  	\`due_date\` text,
  	\`deadline_rule_rule\` text,
  	\`deadline_rule_days\` numeric,
  	\`deadline_rule_unit\` text,
  	\`deadline_rule_trigger\` text,
  	\`deadline_rule_trigger_date\` text,
  	\`deadline_rule_basis\` text,
  	\`deadline_state\` text,
  	\`deadline_explain\` text,
  	\`provisional\` integer,
  	\`author_id\` integer,
  	\`submitted_by_id\` integer,
  	\`scheduled_publish_at\` text,
  	\`secrecy_review_reviewer_id\` integer,
  	\`secrecy_review_reviewed_at\` text,
  	\`secrecy_review_conclusion\` text,
  	\`secrecy_review_basis\` text,
  	\`secrecy_review_notes\` text,
  	\`findings\` text,
  	\`findings_signature\` text,
  	\`findings_acknowledgement_reason\` text,
  	\`findings_acknowledgement_by_id\` integer,
  	\`findings_acknowledgement_at\` text,
  	\`findings_acknowledgement_signature\` text,
  	\`workflow_history\` text,
  	\`document_number\` text,
  	\`document_type\` text DEFAULT 'normative',
  	\`written_on\` text,
  	\`validity\` text DEFAULT 'valid',
  	\`effective_from\` text,
  	\`effective_until\` text,
  	\`validity_changed_on\` text,
  	\`superseded_by_id\` integer,
  	\`interpretation_exemption_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`catalog_item_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`domain_id\`) REFERENCES \`catalog_domains\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`secrecy_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`findings_acknowledgement_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`superseded_by_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_documents_index_number_idx\` ON \`policy_documents\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_department_idx\` ON \`policy_documents\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_public_attribute_idx\` ON \`policy_documents\` (\`public_attribute\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_status_idx\` ON \`policy_documents\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_catalog_item_idx\` ON \`policy_documents\` (\`catalog_item_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_domain_idx\` ON \`policy_documents\` (\`domain_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_formed_at_idx\` ON \`policy_documents\` (\`formed_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_due_date_idx\` ON \`policy_documents\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_deadline_rule_deadline_rule_trigger_dat_idx\` ON \`policy_documents\` (\`deadline_rule_trigger_date\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_deadline_state_idx\` ON \`policy_documents\` (\`deadline_state\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_author_idx\` ON \`policy_documents\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_submitted_by_idx\` ON \`policy_documents\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_scheduled_publish_at_idx\` ON \`policy_documents\` (\`scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_secrecy_review_secrecy_review_reviewer_idx\` ON \`policy_documents\` (\`secrecy_review_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_findings_acknowledgement_findings_ackno_idx\` ON \`policy_documents\` (\`findings_acknowledgement_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_document_number_idx\` ON \`policy_documents\` (\`document_number\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_document_type_idx\` ON \`policy_documents\` (\`document_type\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_written_on_idx\` ON \`policy_documents\` (\`written_on\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_validity_idx\` ON \`policy_documents\` (\`validity\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_effective_until_idx\` ON \`policy_documents\` (\`effective_until\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_superseded_by_idx\` ON \`policy_documents\` (\`superseded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_updated_at_idx\` ON \`policy_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_created_at_idx\` ON \`policy_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_deleted_at_idx\` ON \`policy_documents\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`status_publicAttribute_domain_deletedAt_publishedAt_cr_1_idx\` ON \`policy_documents\` (\`status\`,\`public_attribute\`,\`domain_id\`,\`deleted_at\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_2_idx\` ON \`policy_documents\` (\`status\`,\`public_attribute\`,\`catalog_item_id\`,\`deleted_at\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_3_idx\` ON \`policy_documents\` (\`status\`,\`public_attribute\`,\`department_id\`,\`deleted_at\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_publicAttribute_deletedAt_publishedAt_createdAt_1_idx\` ON \`policy_documents\` (\`status\`,\`public_attribute\`,\`deleted_at\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`department_createdAt_1_idx\` ON \`policy_documents\` (\`department_id\`,\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`department_documentNumber_idx\` ON \`policy_documents\` (\`department_id\`,\`document_number\`);`)
  await db.run(sql`CREATE INDEX \`validity_effectiveUntil_idx\` ON \`policy_documents\` (\`validity\`,\`effective_until\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_texts_order_parent\` ON \`policy_documents_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	\`disclosure_files_id\` integer,
  	\`policy_documents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosure_files_id\`) REFERENCES \`disclosure_files\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_documents_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_order_idx\` ON \`policy_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_parent_idx\` ON \`policy_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_path_idx\` ON \`policy_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_departments_id_idx\` ON \`policy_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_disclosure_files_id_idx\` ON \`policy_documents_rels\` (\`disclosure_files_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_documents_rels_policy_documents_id_idx\` ON \`policy_documents_rels\` (\`policy_documents_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_attribute_basis\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_attribute_basis_order_idx\` ON \`interpretations_attribute_basis\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_attribute_basis_parent_idx\` ON \`interpretations_attribute_basis\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`policy_id\` integer NOT NULL,
  	\`form\` text DEFAULT 'text',
  	\`follow_up\` integer DEFAULT false,
  	\`title\` text NOT NULL,
  	\`index_number\` text,
  	\`department_id\` integer NOT NULL,
  	\`public_attribute\` text DEFAULT 'proactive',
  	\`status\` text DEFAULT 'draft',
  	\`published_at\` text,
  	\`catalog_item_id\` integer,
  	\`domain_id\` integer,
  	\`body\` text,
  	\`attribute_reason\` text,
  	\`late_reason\` text,
  	\`days_late\` numeric,
  	\`info_type\` text DEFAULT 'general',
  	\`formed_at\` text,
  	\`changed_at\` text,
  	\`due_date\` text,
  	\`deadline_rule_rule\` text,
  	\`deadline_rule_days\` numeric,
  	\`deadline_rule_unit\` text,
  	\`deadline_rule_trigger\` text,
  	\`deadline_rule_trigger_date\` text,
  	\`deadline_rule_basis\` text,
  	\`deadline_state\` text,
  	\`deadline_explain\` text,
  	\`provisional\` integer,
  	\`author_id\` integer,
  	\`submitted_by_id\` integer,
  	\`scheduled_publish_at\` text,
  	\`secrecy_review_reviewer_id\` integer,
  	\`secrecy_review_reviewed_at\` text,
  	\`secrecy_review_conclusion\` text,
  	\`secrecy_review_basis\` text,
  	\`secrecy_review_notes\` text,
  	\`findings\` text,
  	\`findings_signature\` text,
  	\`findings_acknowledgement_reason\` text,
  	\`findings_acknowledgement_by_id\` integer,
  	\`findings_acknowledgement_at\` text,
  	\`findings_acknowledgement_signature\` text,
  	\`workflow_history\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`deleted_at\` text,
  	FOREIGN KEY (\`policy_id\`) REFERENCES \`policy_documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`catalog_item_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`domain_id\`) REFERENCES \`catalog_domains\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`secrecy_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`findings_acknowledgement_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_policy_idx\` ON \`interpretations\` (\`policy_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`interpretations_index_number_idx\` ON \`interpretations\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_department_idx\` ON \`interpretations\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_public_attribute_idx\` ON \`interpretations\` (\`public_attribute\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_status_idx\` ON \`interpretations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_catalog_item_idx\` ON \`interpretations\` (\`catalog_item_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_domain_idx\` ON \`interpretations\` (\`domain_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_formed_at_idx\` ON \`interpretations\` (\`formed_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_due_date_idx\` ON \`interpretations\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_deadline_rule_deadline_rule_trigger_date_idx\` ON \`interpretations\` (\`deadline_rule_trigger_date\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_deadline_state_idx\` ON \`interpretations\` (\`deadline_state\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_author_idx\` ON \`interpretations\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_submitted_by_idx\` ON \`interpretations\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_scheduled_publish_at_idx\` ON \`interpretations\` (\`scheduled_publish_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_secrecy_review_secrecy_review_reviewer_idx\` ON \`interpretations\` (\`secrecy_review_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_findings_acknowledgement_findings_acknow_idx\` ON \`interpretations\` (\`findings_acknowledgement_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_updated_at_idx\` ON \`interpretations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_at_idx\` ON \`interpretations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_deleted_at_idx\` ON \`interpretations\` (\`deleted_at\`);`)
  await db.run(sql`CREATE INDEX \`status_publicAttribute_domain_deletedAt_publishedAt_cr_2_idx\` ON \`interpretations\` (\`status\`,\`public_attribute\`,\`domain_id\`,\`deleted_at\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_4_idx\` ON \`interpretations\` (\`status\`,\`public_attribute\`,\`catalog_item_id\`,\`deleted_at\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_5_idx\` ON \`interpretations\` (\`status\`,\`public_attribute\`,\`department_id\`,\`deleted_at\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`status_publicAttribute_deletedAt_publishedAt_createdAt_2_idx\` ON \`interpretations\` (\`status\`,\`public_attribute\`,\`deleted_at\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`department_createdAt_2_idx\` ON \`interpretations\` (\`department_id\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	\`disclosure_files_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosure_files_id\`) REFERENCES \`disclosure_files\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_rels_order_idx\` ON \`interpretations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_parent_idx\` ON \`interpretations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_path_idx\` ON \`interpretations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_departments_id_idx\` ON \`interpretations_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_disclosure_files_id_idx\` ON \`interpretations_rels\` (\`disclosure_files_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_reminders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`entry_collection\` text NOT NULL,
  	\`entry_id\` text NOT NULL,
  	\`department_id\` integer NOT NULL,
  	\`due_date\` text,
  	\`working_days_left\` numeric,
  	\`subject\` text NOT NULL,
  	\`message\` text,
  	\`recipients\` text,
  	\`delivery\` text NOT NULL,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_reminders_day_idx\` ON \`disclosure_reminders\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_reminders_entry_id_idx\` ON \`disclosure_reminders\` (\`entry_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_reminders_department_idx\` ON \`disclosure_reminders\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_reminders_updated_at_idx\` ON \`disclosure_reminders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_reminders_created_at_idx\` ON \`disclosure_reminders\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`entryCollection_entryId_kind_day_idx\` ON \`disclosure_reminders\` (\`entry_collection\`,\`entry_id\`,\`kind\`,\`day\`);`)
  await db.run(sql`CREATE TABLE \`calendar_days\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`name\` text,
  	\`source\` text,
  	\`region\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`calendar_days_date_idx\` ON \`calendar_days\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`calendar_days_updated_at_idx\` ON \`calendar_days\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`calendar_days_created_at_idx\` ON \`calendar_days\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`deadline_changes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`title\` text,
  	\`department_id\` integer,
  	\`old_due_date\` text,
  	\`new_due_date\` text,
  	\`reason\` text,
  	\`explanation\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`deadline_changes_document_id_idx\` ON \`deadline_changes\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`deadline_changes_department_idx\` ON \`deadline_changes\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`deadline_changes_updated_at_idx\` ON \`deadline_changes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deadline_changes_created_at_idx\` ON \`deadline_changes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`catalog_domains\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` numeric,
  	\`name\` text NOT NULL,
  	\`name_en\` text,
  	\`ministry\` text,
  	\`guideline_doc\` text,
  	\`guideline_title\` text,
  	\`guideline_date\` text,
  	\`description\` text,
  	\`verification\` text,
  	\`local\` integer DEFAULT false,
  	\`sort_order\` numeric DEFAULT 0,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`catalog_domains_number_idx\` ON \`catalog_domains\` (\`number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`catalog_domains_name_idx\` ON \`catalog_domains\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`catalog_domains_sort_order_idx\` ON \`catalog_domains\` (\`sort_order\`);`)
  await db.run(sql`CREATE INDEX \`catalog_domains_active_idx\` ON \`catalog_domains\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`catalog_domains_updated_at_idx\` ON \`catalog_domains\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`catalog_domains_created_at_idx\` ON \`catalog_domains\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items_basis_refs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`law\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_basis_refs_order_idx\` ON \`catalog_items_basis_refs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_basis_refs_parent_id_idx\` ON \`catalog_items_basis_refs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_channels_order_idx\` ON \`catalog_items_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_channels_parent_idx\` ON \`catalog_items_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_audience_order_idx\` ON \`catalog_items_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_audience_parent_idx\` ON \`catalog_items_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items_mode\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_mode_order_idx\` ON \`catalog_items_mode\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_mode_parent_idx\` ON \`catalog_items_mode\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_levels_order_idx\` ON \`catalog_items_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_levels_parent_idx\` ON \`catalog_items_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`domain_id\` integer NOT NULL,
  	\`l1\` text NOT NULL,
  	\`l2\` text NOT NULL,
  	\`l3\` text,
  	\`content\` text NOT NULL,
  	\`basis\` text,
  	\`time_limit\` text,
  	\`time_limit_override\` integer DEFAULT false,
  	\`time_limit_rule_computable\` integer,
  	\`time_limit_rule_trigger\` text,
  	\`time_limit_rule_amount\` numeric,
  	\`time_limit_rule_unit\` text,
  	\`time_limit_rule_kind\` text,
  	\`time_limit_rule_cadence\` text,
  	\`time_limit_rule_note\` text,
  	\`subject\` text,
  	\`channels_other\` text,
  	\`extra\` text,
  	\`source\` text,
  	\`sort_order\` numeric DEFAULT 0,
  	\`active\` integer DEFAULT true,
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`domain_id\`) REFERENCES \`catalog_domains\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_domain_idx\` ON \`catalog_items\` (\`domain_id\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_l1_idx\` ON \`catalog_items\` (\`l1\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_sort_order_idx\` ON \`catalog_items\` (\`sort_order\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_active_idx\` ON \`catalog_items\` (\`active\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_last_edited_by_idx\` ON \`catalog_items\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_updated_at_idx\` ON \`catalog_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_created_at_idx\` ON \`catalog_items\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_texts_order_parent\` ON \`catalog_items_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_rels_order_idx\` ON \`catalog_items_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_rels_parent_idx\` ON \`catalog_items_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_rels_path_idx\` ON \`catalog_items_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_rels_departments_id_idx\` ON \`catalog_items_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v_version_basis_refs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`law\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_catalog_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_basis_refs_order_idx\` ON \`_catalog_items_v_version_basis_refs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_basis_refs_parent_id_idx\` ON \`_catalog_items_v_version_basis_refs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_catalog_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_channels_order_idx\` ON \`_catalog_items_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_channels_parent_idx\` ON \`_catalog_items_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v_version_audience\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_catalog_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_audience_order_idx\` ON \`_catalog_items_v_version_audience\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_audience_parent_idx\` ON \`_catalog_items_v_version_audience\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v_version_mode\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_catalog_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_mode_order_idx\` ON \`_catalog_items_v_version_mode\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_mode_parent_idx\` ON \`_catalog_items_v_version_mode\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v_version_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_catalog_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_levels_order_idx\` ON \`_catalog_items_v_version_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_levels_parent_idx\` ON \`_catalog_items_v_version_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_domain_id\` integer NOT NULL,
  	\`version_l1\` text NOT NULL,
  	\`version_l2\` text NOT NULL,
  	\`version_l3\` text,
  	\`version_content\` text NOT NULL,
  	\`version_basis\` text,
  	\`version_time_limit\` text,
  	\`version_time_limit_override\` integer DEFAULT false,
  	\`version_time_limit_rule_computable\` integer,
  	\`version_time_limit_rule_trigger\` text,
  	\`version_time_limit_rule_amount\` numeric,
  	\`version_time_limit_rule_unit\` text,
  	\`version_time_limit_rule_kind\` text,
  	\`version_time_limit_rule_cadence\` text,
  	\`version_time_limit_rule_note\` text,
  	\`version_subject\` text,
  	\`version_channels_other\` text,
  	\`version_extra\` text,
  	\`version_source\` text,
  	\`version_sort_order\` numeric DEFAULT 0,
  	\`version_active\` integer DEFAULT true,
  	\`version_last_edited_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_domain_id\`) REFERENCES \`catalog_domains\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_parent_idx\` ON \`_catalog_items_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_domain_idx\` ON \`_catalog_items_v\` (\`version_domain_id\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_l1_idx\` ON \`_catalog_items_v\` (\`version_l1\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_sort_order_idx\` ON \`_catalog_items_v\` (\`version_sort_order\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_active_idx\` ON \`_catalog_items_v\` (\`version_active\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_last_edited_by_idx\` ON \`_catalog_items_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_updated_at_idx\` ON \`_catalog_items_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_created_at_idx\` ON \`_catalog_items_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_created_at_idx\` ON \`_catalog_items_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_updated_at_idx\` ON \`_catalog_items_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_catalog_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_texts_order_parent\` ON \`_catalog_items_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_catalog_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_rels_order_idx\` ON \`_catalog_items_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_rels_parent_idx\` ON \`_catalog_items_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_rels_path_idx\` ON \`_catalog_items_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_rels_departments_id_idx\` ON \`_catalog_items_v_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE TABLE \`catalog_imports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`file_name\` text,
  	\`domain_id\` integer,
  	\`requested_by_id\` integer,
  	\`status\` text DEFAULT 'queued',
  	\`progress\` text,
  	\`total\` numeric,
  	\`created\` numeric,
  	\`updated\` numeric,
  	\`summary\` text,
  	\`plan\` text,
  	\`error\` text,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`domain_id\`) REFERENCES \`catalog_domains\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_imports_domain_idx\` ON \`catalog_imports\` (\`domain_id\`);`)
  await db.run(sql`CREATE INDEX \`catalog_imports_requested_by_idx\` ON \`catalog_imports\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`catalog_imports_status_idx\` ON \`catalog_imports\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`catalog_imports_updated_at_idx\` ON \`catalog_imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`catalog_imports_created_at_idx\` ON \`catalog_imports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`index_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`last\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`index_counters_key_idx\` ON \`index_counters\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`index_counters_updated_at_idx\` ON \`index_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`index_counters_created_at_idx\` ON \`index_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`summary\` text,
  	\`action\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`user_id\` text,
  	\`user_email\` text,
  	\`roles\` text,
  	\`department_id\` text,
  	\`department_name\` text,
  	\`ip\` text,
  	\`collection\` text,
  	\`document_id\` text,
  	\`document_title\` text,
  	\`changes\` text,
  	\`details\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_id_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_email_idx\` ON \`audit_log\` (\`user_email\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_department_id_idx\` ON \`audit_log\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`collection_documentId_idx\` ON \`audit_log\` (\`collection\`,\`document_id\`);`)
  await db.run(sql`CREATE TABLE \`ledger_submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`department_id\` integer NOT NULL,
  	\`month\` text NOT NULL,
  	\`revision\` numeric NOT NULL,
  	\`previous_id\` integer,
  	\`correction_reason\` text,
  	\`nil\` integer DEFAULT false,
  	\`nil_statement\` text,
  	\`row_count\` numeric,
  	\`summary\` text,
  	\`sha256\` text,
  	\`due_date\` text,
  	\`on_time\` integer,
  	\`days_late\` numeric,
  	\`submitted_at\` text,
  	\`submitted_by_id\` integer,
  	\`submitted_by_name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`previous_id\`) REFERENCES \`ledger_submissions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`ledger_submissions_department_idx\` ON \`ledger_submissions\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`ledger_submissions_month_idx\` ON \`ledger_submissions\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`ledger_submissions_previous_idx\` ON \`ledger_submissions\` (\`previous_id\`);`)
  await db.run(sql`CREATE INDEX \`ledger_submissions_sha256_idx\` ON \`ledger_submissions\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`ledger_submissions_submitted_by_idx\` ON \`ledger_submissions\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`ledger_submissions_updated_at_idx\` ON \`ledger_submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`ledger_submissions_created_at_idx\` ON \`ledger_submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`ledger_submissions_filename_idx\` ON \`ledger_submissions\` (\`filename\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`department_month_revision_idx\` ON \`ledger_submissions\` (\`department_id\`,\`month\`,\`revision\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_requests_events\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`on\` text NOT NULL,
  	\`days\` numeric,
  	\`approver\` text,
  	\`party\` text,
  	\`consultation\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosure_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosure_requests_events_order_idx\` ON \`disclosure_requests_events\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_events_parent_id_idx\` ON \`disclosure_requests_events\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosure_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_number\` text,
  	\`status\` text,
  	\`department_id\` integer,
  	\`applicant_type\` text NOT NULL,
  	\`applicant_name\` text NOT NULL,
  	\`id_document_type\` text,
  	\`id_document_number\` text,
  	\`contact_phone\` text,
  	\`contact_email\` text,
  	\`contact_address\` text,
  	\`contact_postcode\` text,
  	\`description\` text NOT NULL,
  	\`purpose\` text,
  	\`channel\` text NOT NULL,
  	\`submitted_on\` text NOT NULL,
  	\`signed_for_on\` text,
  	\`confirmed_on\` text,
  	\`outcome\` text,
  	\`outcome_reason\` text,
  	\`reply_letter_id\` integer,
  	\`received_on\` text,
  	\`due_date\` text,
  	\`closed_on\` text,
  	\`days_used\` numeric,
  	\`paused_days\` numeric,
  	\`clock_explain\` text,
  	\`clock_warnings\` text,
  	\`submitted_online\` integer,
  	\`submitter_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reply_letter_id\`) REFERENCES \`disclosure_files\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_requests_tracking_number_idx\` ON \`disclosure_requests\` (\`tracking_number\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_status_idx\` ON \`disclosure_requests\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_department_idx\` ON \`disclosure_requests\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_outcome_idx\` ON \`disclosure_requests\` (\`outcome\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_reply_letter_idx\` ON \`disclosure_requests\` (\`reply_letter_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_received_on_idx\` ON \`disclosure_requests\` (\`received_on\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_due_date_idx\` ON \`disclosure_requests\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_closed_on_idx\` ON \`disclosure_requests\` (\`closed_on\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_submitter_key_idx\` ON \`disclosure_requests\` (\`submitter_key\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_updated_at_idx\` ON \`disclosure_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_created_at_idx\` ON \`disclosure_requests\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`department_dueDate_idx\` ON \`disclosure_requests\` (\`department_id\`,\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`status_dueDate_idx\` ON \`disclosure_requests\` (\`status\`,\`due_date\`);`)
  await db.run(sql`CREATE TABLE \`administrative_reviews\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case_number\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`filed_on\` text NOT NULL,
  	\`result\` text DEFAULT 'pending',
  	\`decided_on\` text,
  	\`body\` text,
  	\`request_id\` integer,
  	\`department_id\` integer,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`request_id\`) REFERENCES \`disclosure_requests\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`administrative_reviews_filed_on_idx\` ON \`administrative_reviews\` (\`filed_on\`);`)
  await db.run(sql`CREATE INDEX \`administrative_reviews_decided_on_idx\` ON \`administrative_reviews\` (\`decided_on\`);`)
  await db.run(sql`CREATE INDEX \`administrative_reviews_request_idx\` ON \`administrative_reviews\` (\`request_id\`);`)
  await db.run(sql`CREATE INDEX \`administrative_reviews_department_idx\` ON \`administrative_reviews\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`administrative_reviews_updated_at_idx\` ON \`administrative_reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`administrative_reviews_created_at_idx\` ON \`administrative_reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`annual_report_figures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric NOT NULL,
  	\`department_id\` integer,
  	\`coercion\` numeric,
  	\`fees_ten_thousand_yuan\` numeric,
  	\`licensing\` numeric,
  	\`penalty\` numeric,
  	\`problems\` text,
  	\`other\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`annual_report_figures_department_idx\` ON \`annual_report_figures\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_figures_updated_at_idx\` ON \`annual_report_figures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`annual_report_figures_created_at_idx\` ON \`annual_report_figures\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`year_department_idx\` ON \`annual_report_figures\` (\`year\`,\`department_id\`);`)
  await db.run(sql`CREATE TABLE \`reply_templates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`target\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`reply_templates_target_idx\` ON \`reply_templates\` (\`target\`);`)
  await db.run(sql`CREATE INDEX \`reply_templates_updated_at_idx\` ON \`reply_templates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reply_templates_created_at_idx\` ON \`reply_templates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`DROP TABLE \`disclosures_attribute_basis\`;`)
  await db.run(sql`DROP TABLE \`disclosures\`;`)
  await db.run(sql`DROP TABLE \`disclosures_rels\`;`)
  await db.run(sql`DROP TABLE \`disclosure_files\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_attribute_basis\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_subjects\`;`)
  await db.run(sql`DROP TABLE \`policy_documents\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_texts\`;`)
  await db.run(sql`DROP TABLE \`policy_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`interpretations_attribute_basis\`;`)
  await db.run(sql`DROP TABLE \`interpretations\`;`)
  await db.run(sql`DROP TABLE \`interpretations_rels\`;`)
  await db.run(sql`DROP TABLE \`disclosure_reminders\`;`)
  await db.run(sql`DROP TABLE \`calendar_days\`;`)
  await db.run(sql`DROP TABLE \`deadline_changes\`;`)
  await db.run(sql`DROP TABLE \`catalog_domains\`;`)
  await db.run(sql`DROP TABLE \`catalog_items_basis_refs\`;`)
  await db.run(sql`DROP TABLE \`catalog_items_channels\`;`)
  await db.run(sql`DROP TABLE \`catalog_items_audience\`;`)
  await db.run(sql`DROP TABLE \`catalog_items_mode\`;`)
  await db.run(sql`DROP TABLE \`catalog_items_levels\`;`)
  await db.run(sql`DROP TABLE \`catalog_items\`;`)
  await db.run(sql`DROP TABLE \`catalog_items_texts\`;`)
  await db.run(sql`DROP TABLE \`catalog_items_rels\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v_version_basis_refs\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v_version_audience\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v_version_mode\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v_version_levels\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v_rels\`;`)
  await db.run(sql`DROP TABLE \`catalog_imports\`;`)
  await db.run(sql`DROP TABLE \`index_counters\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`ledger_submissions\`;`)
  await db.run(sql`DROP TABLE \`disclosure_requests_events\`;`)
  await db.run(sql`DROP TABLE \`disclosure_requests\`;`)
  await db.run(sql`DROP TABLE \`administrative_reviews\`;`)
  await db.run(sql`DROP TABLE \`annual_report_figures\`;`)
  await db.run(sql`DROP TABLE \`reply_templates\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
}
