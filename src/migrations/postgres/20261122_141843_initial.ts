import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('office', 'editor', 'reviewer', 'auditor');
  CREATE TYPE "public"."enum_departments_kind" AS ENUM('government', 'department', 'township', 'public-institution');
  CREATE TYPE "public"."enum_disclosures_attribute_basis" AS ENUM('art14-state-secret', 'art14-law-prohibited', 'art14-security', 'art15-third-party', 'art16-internal', 'art16-process', 'art16-enforcement', 'art27-on-request', 'other');
  CREATE TYPE "public"."enum_disclosures_public_attribute" AS ENUM('proactive', 'on-request', 'withheld');
  CREATE TYPE "public"."enum_disclosures_status" AS ENUM('draft', 'submitted', 'attribute-reviewed', 'secrecy-reviewed', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_disclosures_info_type" AS ENUM('catalog', 'general', 'licensing', 'penalty', 'service-change');
  CREATE TYPE "public"."enum_disclosures_deadline_rule_rule" AS ENUM('general', 'licensing', 'penalty', 'service-change', 'interpretation', 'catalog');
  CREATE TYPE "public"."enum_disclosures_deadline_rule_unit" AS ENUM('working', 'calendar');
  CREATE TYPE "public"."enum_disclosures_deadline_rule_trigger" AS ENUM('formedAt', 'changedAt');
  CREATE TYPE "public"."enum_disclosures_deadline_state" AS ENUM('none', 'on-track', 'due-soon', 'overdue', 'published-on-time', 'published-late');
  CREATE TYPE "public"."enum_disclosures_secrecy_review_conclusion" AS ENUM('public', 'partial', 'withhold');
  CREATE TYPE "public"."enum_policy_documents_attribute_basis" AS ENUM('art14-state-secret', 'art14-law-prohibited', 'art14-security', 'art15-third-party', 'art16-internal', 'art16-process', 'art16-enforcement', 'art27-on-request', 'other');
  CREATE TYPE "public"."enum_policy_documents_subjects" AS ENUM('general', 'economy', 'finance', 'land', 'agriculture', 'industry', 'commerce', 'market', 'construction', 'science', 'culture', 'health', 'population', 'labour', 'security', 'civil', 'ethnic', 'foreign', 'hmt', 'defence', 'other');
  CREATE TYPE "public"."enum_policy_documents_public_attribute" AS ENUM('proactive', 'on-request', 'withheld');
  CREATE TYPE "public"."enum_policy_documents_status" AS ENUM('draft', 'submitted', 'attribute-reviewed', 'secrecy-reviewed', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_policy_documents_info_type" AS ENUM('catalog', 'general', 'licensing', 'penalty', 'service-change');
  CREATE TYPE "public"."enum_policy_documents_deadline_rule_rule" AS ENUM('general', 'licensing', 'penalty', 'service-change', 'interpretation', 'catalog');
  CREATE TYPE "public"."enum_policy_documents_deadline_rule_unit" AS ENUM('working', 'calendar');
  CREATE TYPE "public"."enum_policy_documents_deadline_rule_trigger" AS ENUM('formedAt', 'changedAt');
  CREATE TYPE "public"."enum_policy_documents_deadline_state" AS ENUM('none', 'on-track', 'due-soon', 'overdue', 'published-on-time', 'published-late');
  CREATE TYPE "public"."enum_policy_documents_secrecy_review_conclusion" AS ENUM('public', 'partial', 'withhold');
  CREATE TYPE "public"."enum_policy_documents_document_type" AS ENUM('rule', 'normative', 'other');
  CREATE TYPE "public"."enum_policy_documents_validity" AS ENUM('valid', 'amended', 'repealed', 'expired');
  CREATE TYPE "public"."enum_interpretations_attribute_basis" AS ENUM('art14-state-secret', 'art14-law-prohibited', 'art14-security', 'art15-third-party', 'art16-internal', 'art16-process', 'art16-enforcement', 'art27-on-request', 'other');
  CREATE TYPE "public"."enum_interpretations_form" AS ENUM('text', 'graphic', 'qa', 'audio-video', 'press-conference', 'expert', 'online-interview', 'media-interview', 'press-qa', 'other');
  CREATE TYPE "public"."enum_interpretations_public_attribute" AS ENUM('proactive', 'on-request', 'withheld');
  CREATE TYPE "public"."enum_interpretations_status" AS ENUM('draft', 'submitted', 'attribute-reviewed', 'secrecy-reviewed', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_interpretations_info_type" AS ENUM('catalog', 'general', 'licensing', 'penalty', 'service-change');
  CREATE TYPE "public"."enum_interpretations_deadline_rule_rule" AS ENUM('general', 'licensing', 'penalty', 'service-change', 'interpretation', 'catalog');
  CREATE TYPE "public"."enum_interpretations_deadline_rule_unit" AS ENUM('working', 'calendar');
  CREATE TYPE "public"."enum_interpretations_deadline_rule_trigger" AS ENUM('formedAt', 'changedAt');
  CREATE TYPE "public"."enum_interpretations_deadline_state" AS ENUM('none', 'on-track', 'due-soon', 'overdue', 'published-on-time', 'published-late');
  CREATE TYPE "public"."enum_interpretations_secrecy_review_conclusion" AS ENUM('public', 'partial', 'withhold');
  CREATE TYPE "public"."enum_disclosure_reminders_kind" AS ENUM('due-soon', 'overdue', 'ledger-due');
  CREATE TYPE "public"."enum_disclosure_reminders_delivery" AS ENUM('recorded', 'sent', 'failed');
  CREATE TYPE "public"."enum_calendar_days_kind" AS ENUM('holiday', 'workday');
  CREATE TYPE "public"."enum_catalog_items_channels" AS ENUM('government-website', 'gazette', 'two-micro-one-app', 'press-conference', 'broadcast-tv', 'print', 'reading-point', 'service-center', 'convenience-station', 'door-to-door', 'notice-board', 'targeted-push', 'other');
  CREATE TYPE "public"."enum_catalog_items_audience" AS ENUM('all', 'specific');
  CREATE TYPE "public"."enum_catalog_items_mode" AS ENUM('proactive', 'on-request');
  CREATE TYPE "public"."enum_catalog_items_levels" AS ENUM('city', 'county', 'township', 'village');
  CREATE TYPE "public"."enum_catalog_items_time_limit_rule_trigger" AS ENUM('formed-or-changed', 'formed', 'made-or-obtained', 'decision', 'approval', 'application-received', 'result-determined');
  CREATE TYPE "public"."enum_catalog_items_time_limit_rule_unit" AS ENUM('working', 'calendar');
  CREATE TYPE "public"."enum_catalog_items_time_limit_rule_kind" AS ENUM('realtime', 'timely', 'long-term', 'periodic', 'fixed-date', 'hours', 'same-as-previous', 'composite', 'unspecified', 'unrecognised');
  CREATE TYPE "public"."enum_catalog_items_time_limit_rule_cadence" AS ENUM('monthly', 'quarterly', 'yearly');
  CREATE TYPE "public"."enum__catalog_items_v_version_channels" AS ENUM('government-website', 'gazette', 'two-micro-one-app', 'press-conference', 'broadcast-tv', 'print', 'reading-point', 'service-center', 'convenience-station', 'door-to-door', 'notice-board', 'targeted-push', 'other');
  CREATE TYPE "public"."enum__catalog_items_v_version_audience" AS ENUM('all', 'specific');
  CREATE TYPE "public"."enum__catalog_items_v_version_mode" AS ENUM('proactive', 'on-request');
  CREATE TYPE "public"."enum__catalog_items_v_version_levels" AS ENUM('city', 'county', 'township', 'village');
  CREATE TYPE "public"."enum__catalog_items_v_version_time_limit_rule_trigger" AS ENUM('formed-or-changed', 'formed', 'made-or-obtained', 'decision', 'approval', 'application-received', 'result-determined');
  CREATE TYPE "public"."enum__catalog_items_v_version_time_limit_rule_unit" AS ENUM('working', 'calendar');
  CREATE TYPE "public"."enum__catalog_items_v_version_time_limit_rule_kind" AS ENUM('realtime', 'timely', 'long-term', 'periodic', 'fixed-date', 'hours', 'same-as-previous', 'composite', 'unspecified', 'unrecognised');
  CREATE TYPE "public"."enum__catalog_items_v_version_time_limit_rule_cadence" AS ENUM('monthly', 'quarterly', 'yearly');
  CREATE TYPE "public"."enum_catalog_imports_status" AS ENUM('queued', 'running', 'succeeded', 'failed');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'delete', 'transition', 'publish', 'withdraw', 'export', 'login');
  CREATE TYPE "public"."enum_disclosure_requests_events_type" AS ENUM('clarification-requested', 'clarification-received', 'consultation-opened', 'consultation-closed', 'extension-approved', 'replied');
  CREATE TYPE "public"."enum_disclosure_requests_events_party" AS ENUM('third-party', 'agency');
  CREATE TYPE "public"."enum_disclosure_requests_status" AS ENUM('unassigned', 'in-progress', 'awaiting-clarification', 'consulting', 'replied');
  CREATE TYPE "public"."enum_disclosure_requests_applicant_type" AS ENUM('natural-person', 'business', 'research', 'public-interest', 'legal-services', 'other-organisation');
  CREATE TYPE "public"."enum_disclosure_requests_id_document_type" AS ENUM('resident-id', 'passport', 'hk-macao-taiwan', 'business-licence', 'organisation-code', 'other');
  CREATE TYPE "public"."enum_disclosure_requests_channel" AS ENUM('in-person', 'registered-mail', 'ordinary-mail', 'online', 'fax');
  CREATE TYPE "public"."enum_disclosure_requests_outcome" AS ENUM('disclosed', 'partly-disclosed', 'withheld-state-secret', 'withheld-prohibited-by-law', 'withheld-security-stability', 'withheld-third-party', 'withheld-internal-affairs', 'withheld-process-information', 'withheld-enforcement-file', 'withheld-inquiry-matter', 'unavailable-not-held', 'unavailable-needs-creation', 'unavailable-unclear-after-clarification', 'not-processed-petition', 'not-processed-repeat', 'not-processed-publication', 'not-processed-mass-repeat', 'not-processed-confirmation', 'other-no-clarification', 'other-fee-unpaid', 'other');
  CREATE TYPE "public"."enum_administrative_reviews_kind" AS ENUM('reconsideration', 'litigation-direct', 'litigation-after-reconsideration');
  CREATE TYPE "public"."enum_administrative_reviews_result" AS ENUM('upheld', 'corrected', 'other', 'pending');
  CREATE TYPE "public"."enum_reply_templates_target" AS ENUM('disclosed', 'partly-disclosed', 'withheld', 'unavailable', 'not-processed', 'other', 'withheld-state-secret', 'withheld-prohibited-by-law', 'withheld-security-stability', 'withheld-third-party', 'withheld-internal-affairs', 'withheld-process-information', 'withheld-enforcement-file', 'withheld-inquiry-matter', 'unavailable-not-held', 'unavailable-needs-creation', 'unavailable-unclear-after-clarification', 'not-processed-petition', 'not-processed-repeat', 'not-processed-publication', 'not-processed-mass-repeat', 'not-processed-confirmation', 'other-no-clarification', 'other-fee-unpaid');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'recomputeDeadlines', 'applyCatalogImport', 'overdueReminders', 'scheduledPublish', 'ledgerReminders');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'recomputeDeadlines', 'applyCatalogImport', 'overdueReminders', 'scheduledPublish', 'ledgerReminders');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"department_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"name_en" varchar,
  	"short_name" varchar,
  	"org_code" varchar NOT NULL,
  	"kind" "enum_departments_kind" DEFAULT 'department',
  	"parent_id" integer,
  	"phone" varchar,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "disclosures_attribute_basis" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_disclosures_attribute_basis",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "disclosures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"index_number" varchar,
  	"department_id" integer NOT NULL,
  	"public_attribute" "enum_disclosures_public_attribute" DEFAULT 'proactive',
  	"status" "enum_disclosures_status" DEFAULT 'draft',
  	"published_at" timestamp(3) with time zone,
  	"catalog_item_id" integer,
  	"domain_id" integer,
  	"body" jsonb,
  	"attribute_reason" varchar,
  	"late_reason" varchar,
  	"days_late" numeric,
  	"info_type" "enum_disclosures_info_type" DEFAULT 'general',
  	"formed_at" varchar,
  	"changed_at" varchar,
  	"due_date" varchar,
  	"deadline_rule_rule" "enum_disclosures_deadline_rule_rule",
  	"deadline_rule_days" numeric,
  	"deadline_rule_unit" "enum_disclosures_deadline_rule_unit",
  	"deadline_rule_trigger" "enum_disclosures_deadline_rule_trigger",
  	"deadline_rule_trigger_date" varchar,
  	"deadline_rule_basis" varchar,
  	"deadline_state" "enum_disclosures_deadline_state",
  	"deadline_explain" varchar,
  	"provisional" boolean,
  	"author_id" integer,
  	"submitted_by_id" integer,
  	"scheduled_publish_at" timestamp(3) with time zone,
  	"secrecy_review_reviewer_id" integer,
  	"secrecy_review_reviewed_at" timestamp(3) with time zone,
  	"secrecy_review_conclusion" "enum_disclosures_secrecy_review_conclusion",
  	"secrecy_review_basis" varchar,
  	"secrecy_review_notes" varchar,
  	"findings" jsonb,
  	"findings_signature" varchar,
  	"findings_acknowledgement_reason" varchar,
  	"findings_acknowledgement_by_id" integer,
  	"findings_acknowledgement_at" timestamp(3) with time zone,
  	"findings_acknowledgement_signature" varchar,
  	"workflow_history" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "disclosures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer,
  	"disclosure_files_id" integer
  );
  
  CREATE TABLE "disclosure_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"department_id" integer NOT NULL,
  	"publicly_visible" boolean DEFAULT false,
  	"findings" jsonb,
  	"text_extracted" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "policy_documents_attribute_basis" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_policy_documents_attribute_basis",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "policy_documents_subjects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_policy_documents_subjects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "policy_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"index_number" varchar,
  	"department_id" integer NOT NULL,
  	"public_attribute" "enum_policy_documents_public_attribute" DEFAULT 'proactive',
  	"status" "enum_policy_documents_status" DEFAULT 'draft',
  	"published_at" timestamp(3) with time zone,
  	"catalog_item_id" integer,
  	"domain_id" integer,
  	"body" jsonb,
  	"attribute_reason" varchar,
  	"late_reason" varchar,
  	"days_late" numeric,
  	"info_type" "enum_policy_documents_info_type" DEFAULT 'general',
  	"formed_at" varchar,
  	"changed_at" varchar,
  	"due_date" varchar,
  	"deadline_rule_rule" "enum_policy_documents_deadline_rule_rule",
  	"deadline_rule_days" numeric,
  	"deadline_rule_unit" "enum_policy_documents_deadline_rule_unit",
  	"deadline_rule_trigger" "enum_policy_documents_deadline_rule_trigger",
  	"deadline_rule_trigger_date" varchar,
  	"deadline_rule_basis" varchar,
  	"deadline_state" "enum_policy_documents_deadline_state",
  	"deadline_explain" varchar,
  	"provisional" boolean,
  	"author_id" integer,
  	"submitted_by_id" integer,
  	"scheduled_publish_at" timestamp(3) with time zone,
  	"secrecy_review_reviewer_id" integer,
  	"secrecy_review_reviewed_at" timestamp(3) with time zone,
  	"secrecy_review_conclusion" "enum_policy_documents_secrecy_review_conclusion",
  	"secrecy_review_basis" varchar,
  	"secrecy_review_notes" varchar,
  	"findings" jsonb,
  	"findings_signature" varchar,
  	"findings_acknowledgement_reason" varchar,
  	"findings_acknowledgement_by_id" integer,
  	"findings_acknowledgement_at" timestamp(3) with time zone,
  	"findings_acknowledgement_signature" varchar,
  	"workflow_history" jsonb,
  	"document_number" varchar,
  	"document_type" "enum_policy_documents_document_type" DEFAULT 'normative',
  	"written_on" varchar,
  	"validity" "enum_policy_documents_validity" DEFAULT 'valid',
  	"effective_from" varchar,
  	"effective_until" varchar,
  	"validity_changed_on" varchar,
  	"superseded_by_id" integer,
  	"interpretation_exemption_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "policy_documents_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "policy_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer,
  	"disclosure_files_id" integer,
  	"policy_documents_id" integer
  );
  
  CREATE TABLE "interpretations_attribute_basis" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_interpretations_attribute_basis",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "interpretations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"policy_id" integer NOT NULL,
  	"form" "enum_interpretations_form" DEFAULT 'text',
  	"follow_up" boolean DEFAULT false,
  	"title" varchar NOT NULL,
  	"index_number" varchar,
  	"department_id" integer NOT NULL,
  	"public_attribute" "enum_interpretations_public_attribute" DEFAULT 'proactive',
  	"status" "enum_interpretations_status" DEFAULT 'draft',
  	"published_at" timestamp(3) with time zone,
  	"catalog_item_id" integer,
  	"domain_id" integer,
  	"body" jsonb,
  	"attribute_reason" varchar,
  	"late_reason" varchar,
  	"days_late" numeric,
  	"info_type" "enum_interpretations_info_type" DEFAULT 'general',
  	"formed_at" varchar,
  	"changed_at" varchar,
  	"due_date" varchar,
  	"deadline_rule_rule" "enum_interpretations_deadline_rule_rule",
  	"deadline_rule_days" numeric,
  	"deadline_rule_unit" "enum_interpretations_deadline_rule_unit",
  	"deadline_rule_trigger" "enum_interpretations_deadline_rule_trigger",
  	"deadline_rule_trigger_date" varchar,
  	"deadline_rule_basis" varchar,
  	"deadline_state" "enum_interpretations_deadline_state",
  	"deadline_explain" varchar,
  	"provisional" boolean,
  	"author_id" integer,
  	"submitted_by_id" integer,
  	"scheduled_publish_at" timestamp(3) with time zone,
  	"secrecy_review_reviewer_id" integer,
  	"secrecy_review_reviewed_at" timestamp(3) with time zone,
  	"secrecy_review_conclusion" "enum_interpretations_secrecy_review_conclusion",
  	"secrecy_review_basis" varchar,
  	"secrecy_review_notes" varchar,
  	"findings" jsonb,
  	"findings_signature" varchar,
  	"findings_acknowledgement_reason" varchar,
  	"findings_acknowledgement_by_id" integer,
  	"findings_acknowledgement_at" timestamp(3) with time zone,
  	"findings_acknowledgement_signature" varchar,
  	"workflow_history" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "interpretations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer,
  	"disclosure_files_id" integer
  );
  
  CREATE TABLE "disclosure_reminders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"kind" "enum_disclosure_reminders_kind" NOT NULL,
  	"entry_collection" varchar NOT NULL,
  	"entry_id" varchar NOT NULL,
  	"department_id" integer NOT NULL,
  	"due_date" varchar,
  	"working_days_left" numeric,
  	"subject" varchar NOT NULL,
  	"message" varchar,
  	"recipients" varchar,
  	"delivery" "enum_disclosure_reminders_delivery" NOT NULL,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "calendar_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" varchar NOT NULL,
  	"kind" "enum_calendar_days_kind" NOT NULL,
  	"name" varchar,
  	"source" varchar,
  	"region" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "deadline_changes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"title" varchar,
  	"department_id" integer,
  	"old_due_date" varchar,
  	"new_due_date" varchar,
  	"reason" varchar,
  	"explanation" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "catalog_domains" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"name" varchar NOT NULL,
  	"name_en" varchar,
  	"ministry" varchar,
  	"guideline_doc" varchar,
  	"guideline_title" varchar,
  	"guideline_date" varchar,
  	"description" varchar,
  	"verification" varchar,
  	"local" boolean DEFAULT false,
  	"sort_order" numeric DEFAULT 0,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "catalog_items_basis_refs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"law" varchar
  );
  
  CREATE TABLE "catalog_items_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_catalog_items_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "catalog_items_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_catalog_items_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "catalog_items_mode" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_catalog_items_mode",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "catalog_items_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_catalog_items_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "catalog_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"domain_id" integer NOT NULL,
  	"l1" varchar NOT NULL,
  	"l2" varchar NOT NULL,
  	"l3" varchar,
  	"content" varchar NOT NULL,
  	"basis" varchar,
  	"time_limit" varchar,
  	"time_limit_override" boolean DEFAULT false,
  	"time_limit_rule_computable" boolean,
  	"time_limit_rule_trigger" "enum_catalog_items_time_limit_rule_trigger",
  	"time_limit_rule_amount" numeric,
  	"time_limit_rule_unit" "enum_catalog_items_time_limit_rule_unit",
  	"time_limit_rule_kind" "enum_catalog_items_time_limit_rule_kind",
  	"time_limit_rule_cadence" "enum_catalog_items_time_limit_rule_cadence",
  	"time_limit_rule_note" varchar,
  	"subject" varchar,
  	"channels_other" varchar,
  	"extra" jsonb,
  	"source" varchar,
  	"sort_order" numeric DEFAULT 0,
  	"active" boolean DEFAULT true,
  	"last_edited_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "catalog_items_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "catalog_items_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer
  );
  
  CREATE TABLE "_catalog_items_v_version_basis_refs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"law" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_catalog_items_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__catalog_items_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_catalog_items_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__catalog_items_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_catalog_items_v_version_mode" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__catalog_items_v_version_mode",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_catalog_items_v_version_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__catalog_items_v_version_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_catalog_items_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_domain_id" integer NOT NULL,
  	"version_l1" varchar NOT NULL,
  	"version_l2" varchar NOT NULL,
  	"version_l3" varchar,
  	"version_content" varchar NOT NULL,
  	"version_basis" varchar,
  	"version_time_limit" varchar,
  	"version_time_limit_override" boolean DEFAULT false,
  	"version_time_limit_rule_computable" boolean,
  	"version_time_limit_rule_trigger" "enum__catalog_items_v_version_time_limit_rule_trigger",
  	"version_time_limit_rule_amount" numeric,
  	"version_time_limit_rule_unit" "enum__catalog_items_v_version_time_limit_rule_unit",
  	"version_time_limit_rule_kind" "enum__catalog_items_v_version_time_limit_rule_kind",
  	"version_time_limit_rule_cadence" "enum__catalog_items_v_version_time_limit_rule_cadence",
  	"version_time_limit_rule_note" varchar,
  	"version_subject" varchar,
  	"version_channels_other" varchar,
  	"version_extra" jsonb,
  	"version_source" varchar,
  	"version_sort_order" numeric DEFAULT 0,
  	"version_active" boolean DEFAULT true,
  	"version_last_edited_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_catalog_items_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_catalog_items_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer
  );
  
  CREATE TABLE "catalog_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"file_name" varchar,
  	"domain_id" integer,
  	"requested_by_id" integer,
  	"status" "enum_catalog_imports_status" DEFAULT 'queued',
  	"progress" varchar,
  	"total" numeric,
  	"created" numeric,
  	"updated" numeric,
  	"summary" jsonb,
  	"plan" jsonb,
  	"error" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "index_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"last" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar,
  	"action" "enum_audit_log_action" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"user_id" varchar,
  	"user_email" varchar,
  	"roles" varchar,
  	"department_id" varchar,
  	"department_name" varchar,
  	"ip" varchar,
  	"collection" varchar,
  	"document_id" varchar,
  	"document_title" varchar,
  	"changes" jsonb,
  	"details" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ledger_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"department_id" integer NOT NULL,
  	"month" varchar NOT NULL,
  	"revision" numeric NOT NULL,
  	"previous_id" integer,
  	"correction_reason" varchar,
  	"nil" boolean DEFAULT false,
  	"nil_statement" varchar,
  	"row_count" numeric,
  	"summary" jsonb,
  	"sha256" varchar,
  	"due_date" varchar,
  	"on_time" boolean,
  	"days_late" numeric,
  	"submitted_at" timestamp(3) with time zone,
  	"submitted_by_id" integer,
  	"submitted_by_name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "disclosure_requests_events" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"type" "enum_disclosure_requests_events_type" NOT NULL,
  	"on" varchar NOT NULL,
  	"days" numeric,
  	"approver" varchar,
  	"party" "enum_disclosure_requests_events_party",
  	"consultation" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "disclosure_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_number" varchar,
  	"status" "enum_disclosure_requests_status",
  	"department_id" integer,
  	"applicant_type" "enum_disclosure_requests_applicant_type" NOT NULL,
  	"applicant_name" varchar NOT NULL,
  	"id_document_type" "enum_disclosure_requests_id_document_type",
  	"id_document_number" varchar,
  	"contact_phone" varchar,
  	"contact_email" varchar,
  	"contact_address" varchar,
  	"contact_postcode" varchar,
  	"description" varchar NOT NULL,
  	"purpose" varchar,
  	"channel" "enum_disclosure_requests_channel" NOT NULL,
  	"submitted_on" varchar NOT NULL,
  	"signed_for_on" varchar,
  	"confirmed_on" varchar,
  	"outcome" "enum_disclosure_requests_outcome",
  	"outcome_reason" varchar,
  	"reply_letter_id" integer,
  	"received_on" varchar,
  	"due_date" varchar,
  	"closed_on" varchar,
  	"days_used" numeric,
  	"paused_days" numeric,
  	"clock_explain" varchar,
  	"clock_warnings" jsonb,
  	"submitted_online" boolean,
  	"submitter_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "administrative_reviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"case_number" varchar NOT NULL,
  	"kind" "enum_administrative_reviews_kind" NOT NULL,
  	"filed_on" varchar NOT NULL,
  	"result" "enum_administrative_reviews_result" DEFAULT 'pending',
  	"decided_on" varchar,
  	"body" varchar,
  	"request_id" integer,
  	"department_id" integer,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "annual_report_figures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"department_id" integer,
  	"coercion" numeric,
  	"fees_ten_thousand_yuan" numeric,
  	"licensing" numeric,
  	"penalty" numeric,
  	"problems" varchar,
  	"other" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "reply_templates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"target" "enum_reply_templates_target" NOT NULL,
  	"body" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"meta" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"departments_id" integer,
  	"disclosures_id" integer,
  	"disclosure_files_id" integer,
  	"policy_documents_id" integer,
  	"interpretations_id" integer,
  	"disclosure_reminders_id" integer,
  	"calendar_days_id" integer,
  	"deadline_changes_id" integer,
  	"catalog_domains_id" integer,
  	"catalog_items_id" integer,
  	"catalog_imports_id" integer,
  	"index_counters_id" integer,
  	"disclosure_requests_id" integer,
  	"administrative_reviews_id" integer,
  	"annual_report_figures_id" integer,
  	"reply_templates_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_parent_id_departments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures_attribute_basis" ADD CONSTRAINT "disclosures_attribute_basis_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_catalog_item_id_catalog_items_id_fk" FOREIGN KEY ("catalog_item_id") REFERENCES "public"."catalog_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_domain_id_catalog_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."catalog_domains"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_secrecy_review_reviewer_id_users_id_fk" FOREIGN KEY ("secrecy_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_findings_acknowledgement_by_id_users_id_fk" FOREIGN KEY ("findings_acknowledgement_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_disclosure_files_fk" FOREIGN KEY ("disclosure_files_id") REFERENCES "public"."disclosure_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_files" ADD CONSTRAINT "disclosure_files_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents_attribute_basis" ADD CONSTRAINT "policy_documents_attribute_basis_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_subjects" ADD CONSTRAINT "policy_documents_subjects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_catalog_item_id_catalog_items_id_fk" FOREIGN KEY ("catalog_item_id") REFERENCES "public"."catalog_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_domain_id_catalog_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."catalog_domains"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_secrecy_review_reviewer_id_users_id_fk" FOREIGN KEY ("secrecy_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_findings_acknowledgement_by_id_users_id_fk" FOREIGN KEY ("findings_acknowledgement_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents" ADD CONSTRAINT "policy_documents_superseded_by_id_policy_documents_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_documents_texts" ADD CONSTRAINT "policy_documents_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_rels" ADD CONSTRAINT "policy_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_rels" ADD CONSTRAINT "policy_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_rels" ADD CONSTRAINT "policy_documents_rels_disclosure_files_fk" FOREIGN KEY ("disclosure_files_id") REFERENCES "public"."disclosure_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_documents_rels" ADD CONSTRAINT "policy_documents_rels_policy_documents_fk" FOREIGN KEY ("policy_documents_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_attribute_basis" ADD CONSTRAINT "interpretations_attribute_basis_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_policy_id_policy_documents_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policy_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_catalog_item_id_catalog_items_id_fk" FOREIGN KEY ("catalog_item_id") REFERENCES "public"."catalog_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_domain_id_catalog_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."catalog_domains"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_secrecy_review_reviewer_id_users_id_fk" FOREIGN KEY ("secrecy_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_findings_acknowledgement_by_id_users_id_fk" FOREIGN KEY ("findings_acknowledgement_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_disclosure_files_fk" FOREIGN KEY ("disclosure_files_id") REFERENCES "public"."disclosure_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_reminders" ADD CONSTRAINT "disclosure_reminders_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deadline_changes" ADD CONSTRAINT "deadline_changes_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "catalog_items_basis_refs" ADD CONSTRAINT "catalog_items_basis_refs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_items_channels" ADD CONSTRAINT "catalog_items_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_items_audience" ADD CONSTRAINT "catalog_items_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_items_mode" ADD CONSTRAINT "catalog_items_mode_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_items_levels" ADD CONSTRAINT "catalog_items_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_items" ADD CONSTRAINT "catalog_items_domain_id_catalog_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."catalog_domains"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "catalog_items" ADD CONSTRAINT "catalog_items_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "catalog_items_texts" ADD CONSTRAINT "catalog_items_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_items_rels" ADD CONSTRAINT "catalog_items_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_items_rels" ADD CONSTRAINT "catalog_items_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_items_v_version_basis_refs" ADD CONSTRAINT "_catalog_items_v_version_basis_refs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_catalog_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_items_v_version_channels" ADD CONSTRAINT "_catalog_items_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_catalog_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_items_v_version_audience" ADD CONSTRAINT "_catalog_items_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_catalog_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_items_v_version_mode" ADD CONSTRAINT "_catalog_items_v_version_mode_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_catalog_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_items_v_version_levels" ADD CONSTRAINT "_catalog_items_v_version_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_catalog_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_items_v" ADD CONSTRAINT "_catalog_items_v_parent_id_catalog_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_catalog_items_v" ADD CONSTRAINT "_catalog_items_v_version_domain_id_catalog_domains_id_fk" FOREIGN KEY ("version_domain_id") REFERENCES "public"."catalog_domains"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_catalog_items_v" ADD CONSTRAINT "_catalog_items_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_catalog_items_v_texts" ADD CONSTRAINT "_catalog_items_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_catalog_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_items_v_rels" ADD CONSTRAINT "_catalog_items_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_catalog_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_items_v_rels" ADD CONSTRAINT "_catalog_items_v_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_imports" ADD CONSTRAINT "catalog_imports_domain_id_catalog_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."catalog_domains"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "catalog_imports" ADD CONSTRAINT "catalog_imports_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ledger_submissions" ADD CONSTRAINT "ledger_submissions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ledger_submissions" ADD CONSTRAINT "ledger_submissions_previous_id_ledger_submissions_id_fk" FOREIGN KEY ("previous_id") REFERENCES "public"."ledger_submissions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "ledger_submissions" ADD CONSTRAINT "ledger_submissions_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_requests_events" ADD CONSTRAINT "disclosure_requests_events_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosure_requests" ADD CONSTRAINT "disclosure_requests_reply_letter_id_disclosure_files_id_fk" FOREIGN KEY ("reply_letter_id") REFERENCES "public"."disclosure_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "administrative_reviews" ADD CONSTRAINT "administrative_reviews_request_id_disclosure_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "administrative_reviews" ADD CONSTRAINT "administrative_reviews_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "annual_report_figures" ADD CONSTRAINT "annual_report_figures_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosures_fk" FOREIGN KEY ("disclosures_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_files_fk" FOREIGN KEY ("disclosure_files_id") REFERENCES "public"."disclosure_files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_documents_fk" FOREIGN KEY ("policy_documents_id") REFERENCES "public"."policy_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interpretations_fk" FOREIGN KEY ("interpretations_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_reminders_fk" FOREIGN KEY ("disclosure_reminders_id") REFERENCES "public"."disclosure_reminders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_calendar_days_fk" FOREIGN KEY ("calendar_days_id") REFERENCES "public"."calendar_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deadline_changes_fk" FOREIGN KEY ("deadline_changes_id") REFERENCES "public"."deadline_changes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_catalog_domains_fk" FOREIGN KEY ("catalog_domains_id") REFERENCES "public"."catalog_domains"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_catalog_items_fk" FOREIGN KEY ("catalog_items_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_catalog_imports_fk" FOREIGN KEY ("catalog_imports_id") REFERENCES "public"."catalog_imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_index_counters_fk" FOREIGN KEY ("index_counters_id") REFERENCES "public"."index_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_requests_fk" FOREIGN KEY ("disclosure_requests_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_administrative_reviews_fk" FOREIGN KEY ("administrative_reviews_id") REFERENCES "public"."administrative_reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_annual_report_figures_fk" FOREIGN KEY ("annual_report_figures_id") REFERENCES "public"."annual_report_figures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reply_templates_fk" FOREIGN KEY ("reply_templates_id") REFERENCES "public"."reply_templates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_department_idx" ON "users" USING btree ("department_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "departments_org_code_idx" ON "departments" USING btree ("org_code");
  CREATE INDEX "departments_parent_idx" ON "departments" USING btree ("parent_id");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE INDEX "disclosures_attribute_basis_order_idx" ON "disclosures_attribute_basis" USING btree ("order");
  CREATE INDEX "disclosures_attribute_basis_parent_idx" ON "disclosures_attribute_basis" USING btree ("parent_id");
  CREATE UNIQUE INDEX "disclosures_index_number_idx" ON "disclosures" USING btree ("index_number");
  CREATE INDEX "disclosures_department_idx" ON "disclosures" USING btree ("department_id");
  CREATE INDEX "disclosures_public_attribute_idx" ON "disclosures" USING btree ("public_attribute");
  CREATE INDEX "disclosures_status_idx" ON "disclosures" USING btree ("status");
  CREATE INDEX "disclosures_catalog_item_idx" ON "disclosures" USING btree ("catalog_item_id");
  CREATE INDEX "disclosures_domain_idx" ON "disclosures" USING btree ("domain_id");
  CREATE INDEX "disclosures_formed_at_idx" ON "disclosures" USING btree ("formed_at");
  CREATE INDEX "disclosures_due_date_idx" ON "disclosures" USING btree ("due_date");
  CREATE INDEX "disclosures_deadline_rule_deadline_rule_trigger_date_idx" ON "disclosures" USING btree ("deadline_rule_trigger_date");
  CREATE INDEX "disclosures_deadline_state_idx" ON "disclosures" USING btree ("deadline_state");
  CREATE INDEX "disclosures_author_idx" ON "disclosures" USING btree ("author_id");
  CREATE INDEX "disclosures_submitted_by_idx" ON "disclosures" USING btree ("submitted_by_id");
  CREATE INDEX "disclosures_scheduled_publish_at_idx" ON "disclosures" USING btree ("scheduled_publish_at");
  CREATE INDEX "disclosures_secrecy_review_secrecy_review_reviewer_idx" ON "disclosures" USING btree ("secrecy_review_reviewer_id");
  CREATE INDEX "disclosures_findings_acknowledgement_findings_acknowledg_idx" ON "disclosures" USING btree ("findings_acknowledgement_by_id");
  CREATE INDEX "disclosures_updated_at_idx" ON "disclosures" USING btree ("updated_at");
  CREATE INDEX "disclosures_created_at_idx" ON "disclosures" USING btree ("created_at");
  CREATE INDEX "disclosures_deleted_at_idx" ON "disclosures" USING btree ("deleted_at");
  CREATE INDEX "status_publicAttribute_domain_deletedAt_publishedAt_crea_idx" ON "disclosures" USING btree ("status","public_attribute","domain_id","deleted_at","published_at","created_at");
  CREATE INDEX "compound_index_idx" ON "disclosures" USING btree ("status","public_attribute","catalog_item_id","deleted_at","published_at","created_at");
  CREATE INDEX "compound_index_1_idx" ON "disclosures" USING btree ("status","public_attribute","department_id","deleted_at","published_at","created_at");
  CREATE INDEX "status_publicAttribute_deletedAt_publishedAt_createdAt_idx" ON "disclosures" USING btree ("status","public_attribute","deleted_at","published_at","created_at");
  CREATE INDEX "department_createdAt_idx" ON "disclosures" USING btree ("department_id","created_at");
  CREATE INDEX "disclosures_rels_order_idx" ON "disclosures_rels" USING btree ("order");
  CREATE INDEX "disclosures_rels_parent_idx" ON "disclosures_rels" USING btree ("parent_id");
  CREATE INDEX "disclosures_rels_path_idx" ON "disclosures_rels" USING btree ("path");
  CREATE INDEX "disclosures_rels_departments_id_idx" ON "disclosures_rels" USING btree ("departments_id");
  CREATE INDEX "disclosures_rels_disclosure_files_id_idx" ON "disclosures_rels" USING btree ("disclosure_files_id");
  CREATE INDEX "disclosure_files_department_idx" ON "disclosure_files" USING btree ("department_id");
  CREATE INDEX "disclosure_files_publicly_visible_idx" ON "disclosure_files" USING btree ("publicly_visible");
  CREATE INDEX "disclosure_files_updated_at_idx" ON "disclosure_files" USING btree ("updated_at");
  CREATE INDEX "disclosure_files_created_at_idx" ON "disclosure_files" USING btree ("created_at");
  CREATE UNIQUE INDEX "disclosure_files_filename_idx" ON "disclosure_files" USING btree ("filename");
  CREATE INDEX "policy_documents_attribute_basis_order_idx" ON "policy_documents_attribute_basis" USING btree ("order");
  CREATE INDEX "policy_documents_attribute_basis_parent_idx" ON "policy_documents_attribute_basis" USING btree ("parent_id");
  CREATE INDEX "policy_documents_subjects_order_idx" ON "policy_documents_subjects" USING btree ("order");
  CREATE INDEX "policy_documents_subjects_parent_idx" ON "policy_documents_subjects" USING btree ("parent_id");
  CREATE UNIQUE INDEX "policy_documents_index_number_idx" ON "policy_documents" USING btree ("index_number");
  CREATE INDEX "policy_documents_department_idx" ON "policy_documents" USING btree ("department_id");
  CREATE INDEX "policy_documents_public_attribute_idx" ON "policy_documents" USING btree ("public_attribute");
  CREATE INDEX "policy_documents_status_idx" ON "policy_documents" USING btree ("status");
  CREATE INDEX "policy_documents_catalog_item_idx" ON "policy_documents" USING btree ("catalog_item_id");
  CREATE INDEX "policy_documents_domain_idx" ON "policy_documents" USING btree ("domain_id");
  CREATE INDEX "policy_documents_formed_at_idx" ON "policy_documents" USING btree ("formed_at");
  CREATE INDEX "policy_documents_due_date_idx" ON "policy_documents" USING btree ("due_date");
  CREATE INDEX "policy_documents_deadline_rule_deadline_rule_trigger_dat_idx" ON "policy_documents" USING btree ("deadline_rule_trigger_date");
  CREATE INDEX "policy_documents_deadline_state_idx" ON "policy_documents" USING btree ("deadline_state");
  CREATE INDEX "policy_documents_author_idx" ON "policy_documents" USING btree ("author_id");
  CREATE INDEX "policy_documents_submitted_by_idx" ON "policy_documents" USING btree ("submitted_by_id");
  CREATE INDEX "policy_documents_scheduled_publish_at_idx" ON "policy_documents" USING btree ("scheduled_publish_at");
  CREATE INDEX "policy_documents_secrecy_review_secrecy_review_reviewer_idx" ON "policy_documents" USING btree ("secrecy_review_reviewer_id");
  CREATE INDEX "policy_documents_findings_acknowledgement_findings_ackno_idx" ON "policy_documents" USING btree ("findings_acknowledgement_by_id");
  CREATE INDEX "policy_documents_document_number_idx" ON "policy_documents" USING btree ("document_number");
  CREATE INDEX "policy_documents_document_type_idx" ON "policy_documents" USING btree ("document_type");
  CREATE INDEX "policy_documents_written_on_idx" ON "policy_documents" USING btree ("written_on");
  CREATE INDEX "policy_documents_validity_idx" ON "policy_documents" USING btree ("validity");
  CREATE INDEX "policy_documents_effective_until_idx" ON "policy_documents" USING btree ("effective_until");
  CREATE INDEX "policy_documents_superseded_by_idx" ON "policy_documents" USING btree ("superseded_by_id");
  CREATE INDEX "policy_documents_updated_at_idx" ON "policy_documents" USING btree ("updated_at");
  CREATE INDEX "policy_documents_created_at_idx" ON "policy_documents" USING btree ("created_at");
  CREATE INDEX "policy_documents_deleted_at_idx" ON "policy_documents" USING btree ("deleted_at");
  CREATE INDEX "status_publicAttribute_domain_deletedAt_publishedAt_cr_1_idx" ON "policy_documents" USING btree ("status","public_attribute","domain_id","deleted_at","published_at","created_at");
  CREATE INDEX "compound_index_2_idx" ON "policy_documents" USING btree ("status","public_attribute","catalog_item_id","deleted_at","published_at","created_at");
  CREATE INDEX "compound_index_3_idx" ON "policy_documents" USING btree ("status","public_attribute","department_id","deleted_at","published_at","created_at");
  CREATE INDEX "status_publicAttribute_deletedAt_publishedAt_createdAt_1_idx" ON "policy_documents" USING btree ("status","public_attribute","deleted_at","published_at","created_at");
  CREATE INDEX "department_createdAt_1_idx" ON "policy_documents" USING btree ("department_id","created_at");
  CREATE UNIQUE INDEX "department_documentNumber_idx" ON "policy_documents" USING btree ("department_id","document_number");
  CREATE INDEX "validity_effectiveUntil_idx" ON "policy_documents" USING btree ("validity","effective_until");
  CREATE INDEX "policy_documents_texts_order_parent" ON "policy_documents_texts" USING btree ("order","parent_id");
  CREATE INDEX "policy_documents_rels_order_idx" ON "policy_documents_rels" USING btree ("order");
  CREATE INDEX "policy_documents_rels_parent_idx" ON "policy_documents_rels" USING btree ("parent_id");
  CREATE INDEX "policy_documents_rels_path_idx" ON "policy_documents_rels" USING btree ("path");
  CREATE INDEX "policy_documents_rels_departments_id_idx" ON "policy_documents_rels" USING btree ("departments_id");
  CREATE INDEX "policy_documents_rels_disclosure_files_id_idx" ON "policy_documents_rels" USING btree ("disclosure_files_id");
  CREATE INDEX "policy_documents_rels_policy_documents_id_idx" ON "policy_documents_rels" USING btree ("policy_documents_id");
  CREATE INDEX "interpretations_attribute_basis_order_idx" ON "interpretations_attribute_basis" USING btree ("order");
  CREATE INDEX "interpretations_attribute_basis_parent_idx" ON "interpretations_attribute_basis" USING btree ("parent_id");
  CREATE INDEX "interpretations_policy_idx" ON "interpretations" USING btree ("policy_id");
  CREATE UNIQUE INDEX "interpretations_index_number_idx" ON "interpretations" USING btree ("index_number");
  CREATE INDEX "interpretations_department_idx" ON "interpretations" USING btree ("department_id");
  CREATE INDEX "interpretations_public_attribute_idx" ON "interpretations" USING btree ("public_attribute");
  CREATE INDEX "interpretations_status_idx" ON "interpretations" USING btree ("status");
  CREATE INDEX "interpretations_catalog_item_idx" ON "interpretations" USING btree ("catalog_item_id");
  CREATE INDEX "interpretations_domain_idx" ON "interpretations" USING btree ("domain_id");
  CREATE INDEX "interpretations_formed_at_idx" ON "interpretations" USING btree ("formed_at");
  CREATE INDEX "interpretations_due_date_idx" ON "interpretations" USING btree ("due_date");
  CREATE INDEX "interpretations_deadline_rule_deadline_rule_trigger_date_idx" ON "interpretations" USING btree ("deadline_rule_trigger_date");
  CREATE INDEX "interpretations_deadline_state_idx" ON "interpretations" USING btree ("deadline_state");
  CREATE INDEX "interpretations_author_idx" ON "interpretations" USING btree ("author_id");
  CREATE INDEX "interpretations_submitted_by_idx" ON "interpretations" USING btree ("submitted_by_id");
  CREATE INDEX "interpretations_scheduled_publish_at_idx" ON "interpretations" USING btree ("scheduled_publish_at");
  CREATE INDEX "interpretations_secrecy_review_secrecy_review_reviewer_idx" ON "interpretations" USING btree ("secrecy_review_reviewer_id");
  CREATE INDEX "interpretations_findings_acknowledgement_findings_acknow_idx" ON "interpretations" USING btree ("findings_acknowledgement_by_id");
  CREATE INDEX "interpretations_updated_at_idx" ON "interpretations" USING btree ("updated_at");
  CREATE INDEX "interpretations_created_at_idx" ON "interpretations" USING btree ("created_at");
  CREATE INDEX "interpretations_deleted_at_idx" ON "interpretations" USING btree ("deleted_at");
  CREATE INDEX "status_publicAttribute_domain_deletedAt_publishedAt_cr_2_idx" ON "interpretations" USING btree ("status","public_attribute","domain_id","deleted_at","published_at","created_at");
  CREATE INDEX "compound_index_4_idx" ON "interpretations" USING btree ("status","public_attribute","catalog_item_id","deleted_at","published_at","created_at");
  CREATE INDEX "compound_index_5_idx" ON "interpretations" USING btree ("status","public_attribute","department_id","deleted_at","published_at","created_at");
  CREATE INDEX "status_publicAttribute_deletedAt_publishedAt_createdAt_2_idx" ON "interpretations" USING btree ("status","public_attribute","deleted_at","published_at","created_at");
  CREATE INDEX "department_createdAt_2_idx" ON "interpretations" USING btree ("department_id","created_at");
  CREATE INDEX "interpretations_rels_order_idx" ON "interpretations_rels" USING btree ("order");
  CREATE INDEX "interpretations_rels_parent_idx" ON "interpretations_rels" USING btree ("parent_id");
  CREATE INDEX "interpretations_rels_path_idx" ON "interpretations_rels" USING btree ("path");
  CREATE INDEX "interpretations_rels_departments_id_idx" ON "interpretations_rels" USING btree ("departments_id");
  CREATE INDEX "interpretations_rels_disclosure_files_id_idx" ON "interpretations_rels" USING btree ("disclosure_files_id");
  CREATE INDEX "disclosure_reminders_day_idx" ON "disclosure_reminders" USING btree ("day");
  CREATE INDEX "disclosure_reminders_entry_id_idx" ON "disclosure_reminders" USING btree ("entry_id");
  CREATE INDEX "disclosure_reminders_department_idx" ON "disclosure_reminders" USING btree ("department_id");
  CREATE INDEX "disclosure_reminders_updated_at_idx" ON "disclosure_reminders" USING btree ("updated_at");
  CREATE INDEX "disclosure_reminders_created_at_idx" ON "disclosure_reminders" USING btree ("created_at");
  CREATE UNIQUE INDEX "entryCollection_entryId_kind_day_idx" ON "disclosure_reminders" USING btree ("entry_collection","entry_id","kind","day");
  CREATE UNIQUE INDEX "calendar_days_date_idx" ON "calendar_days" USING btree ("date");
  CREATE INDEX "calendar_days_updated_at_idx" ON "calendar_days" USING btree ("updated_at");
  CREATE INDEX "calendar_days_created_at_idx" ON "calendar_days" USING btree ("created_at");
  CREATE INDEX "deadline_changes_document_id_idx" ON "deadline_changes" USING btree ("document_id");
  CREATE INDEX "deadline_changes_department_idx" ON "deadline_changes" USING btree ("department_id");
  CREATE INDEX "deadline_changes_updated_at_idx" ON "deadline_changes" USING btree ("updated_at");
  CREATE INDEX "deadline_changes_created_at_idx" ON "deadline_changes" USING btree ("created_at");
  CREATE UNIQUE INDEX "catalog_domains_number_idx" ON "catalog_domains" USING btree ("number");
  CREATE UNIQUE INDEX "catalog_domains_name_idx" ON "catalog_domains" USING btree ("name");
  CREATE INDEX "catalog_domains_sort_order_idx" ON "catalog_domains" USING btree ("sort_order");
  CREATE INDEX "catalog_domains_active_idx" ON "catalog_domains" USING btree ("active");
  CREATE INDEX "catalog_domains_updated_at_idx" ON "catalog_domains" USING btree ("updated_at");
  CREATE INDEX "catalog_domains_created_at_idx" ON "catalog_domains" USING btree ("created_at");
  CREATE INDEX "catalog_items_basis_refs_order_idx" ON "catalog_items_basis_refs" USING btree ("_order");
  CREATE INDEX "catalog_items_basis_refs_parent_id_idx" ON "catalog_items_basis_refs" USING btree ("_parent_id");
  CREATE INDEX "catalog_items_channels_order_idx" ON "catalog_items_channels" USING btree ("order");
  CREATE INDEX "catalog_items_channels_parent_idx" ON "catalog_items_channels" USING btree ("parent_id");
  CREATE INDEX "catalog_items_audience_order_idx" ON "catalog_items_audience" USING btree ("order");
  CREATE INDEX "catalog_items_audience_parent_idx" ON "catalog_items_audience" USING btree ("parent_id");
  CREATE INDEX "catalog_items_mode_order_idx" ON "catalog_items_mode" USING btree ("order");
  CREATE INDEX "catalog_items_mode_parent_idx" ON "catalog_items_mode" USING btree ("parent_id");
  CREATE INDEX "catalog_items_levels_order_idx" ON "catalog_items_levels" USING btree ("order");
  CREATE INDEX "catalog_items_levels_parent_idx" ON "catalog_items_levels" USING btree ("parent_id");
  CREATE INDEX "catalog_items_domain_idx" ON "catalog_items" USING btree ("domain_id");
  CREATE INDEX "catalog_items_l1_idx" ON "catalog_items" USING btree ("l1");
  CREATE INDEX "catalog_items_sort_order_idx" ON "catalog_items" USING btree ("sort_order");
  CREATE INDEX "catalog_items_active_idx" ON "catalog_items" USING btree ("active");
  CREATE INDEX "catalog_items_last_edited_by_idx" ON "catalog_items" USING btree ("last_edited_by_id");
  CREATE INDEX "catalog_items_updated_at_idx" ON "catalog_items" USING btree ("updated_at");
  CREATE INDEX "catalog_items_created_at_idx" ON "catalog_items" USING btree ("created_at");
  CREATE INDEX "catalog_items_texts_order_parent" ON "catalog_items_texts" USING btree ("order","parent_id");
  CREATE INDEX "catalog_items_rels_order_idx" ON "catalog_items_rels" USING btree ("order");
  CREATE INDEX "catalog_items_rels_parent_idx" ON "catalog_items_rels" USING btree ("parent_id");
  CREATE INDEX "catalog_items_rels_path_idx" ON "catalog_items_rels" USING btree ("path");
  CREATE INDEX "catalog_items_rels_departments_id_idx" ON "catalog_items_rels" USING btree ("departments_id");
  CREATE INDEX "_catalog_items_v_version_basis_refs_order_idx" ON "_catalog_items_v_version_basis_refs" USING btree ("_order");
  CREATE INDEX "_catalog_items_v_version_basis_refs_parent_id_idx" ON "_catalog_items_v_version_basis_refs" USING btree ("_parent_id");
  CREATE INDEX "_catalog_items_v_version_channels_order_idx" ON "_catalog_items_v_version_channels" USING btree ("order");
  CREATE INDEX "_catalog_items_v_version_channels_parent_idx" ON "_catalog_items_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_catalog_items_v_version_audience_order_idx" ON "_catalog_items_v_version_audience" USING btree ("order");
  CREATE INDEX "_catalog_items_v_version_audience_parent_idx" ON "_catalog_items_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "_catalog_items_v_version_mode_order_idx" ON "_catalog_items_v_version_mode" USING btree ("order");
  CREATE INDEX "_catalog_items_v_version_mode_parent_idx" ON "_catalog_items_v_version_mode" USING btree ("parent_id");
  CREATE INDEX "_catalog_items_v_version_levels_order_idx" ON "_catalog_items_v_version_levels" USING btree ("order");
  CREATE INDEX "_catalog_items_v_version_levels_parent_idx" ON "_catalog_items_v_version_levels" USING btree ("parent_id");
  CREATE INDEX "_catalog_items_v_parent_idx" ON "_catalog_items_v" USING btree ("parent_id");
  CREATE INDEX "_catalog_items_v_version_version_domain_idx" ON "_catalog_items_v" USING btree ("version_domain_id");
  CREATE INDEX "_catalog_items_v_version_version_l1_idx" ON "_catalog_items_v" USING btree ("version_l1");
  CREATE INDEX "_catalog_items_v_version_version_sort_order_idx" ON "_catalog_items_v" USING btree ("version_sort_order");
  CREATE INDEX "_catalog_items_v_version_version_active_idx" ON "_catalog_items_v" USING btree ("version_active");
  CREATE INDEX "_catalog_items_v_version_version_last_edited_by_idx" ON "_catalog_items_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "_catalog_items_v_version_version_updated_at_idx" ON "_catalog_items_v" USING btree ("version_updated_at");
  CREATE INDEX "_catalog_items_v_version_version_created_at_idx" ON "_catalog_items_v" USING btree ("version_created_at");
  CREATE INDEX "_catalog_items_v_created_at_idx" ON "_catalog_items_v" USING btree ("created_at");
  CREATE INDEX "_catalog_items_v_updated_at_idx" ON "_catalog_items_v" USING btree ("updated_at");
  CREATE INDEX "_catalog_items_v_texts_order_parent" ON "_catalog_items_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_catalog_items_v_rels_order_idx" ON "_catalog_items_v_rels" USING btree ("order");
  CREATE INDEX "_catalog_items_v_rels_parent_idx" ON "_catalog_items_v_rels" USING btree ("parent_id");
  CREATE INDEX "_catalog_items_v_rels_path_idx" ON "_catalog_items_v_rels" USING btree ("path");
  CREATE INDEX "_catalog_items_v_rels_departments_id_idx" ON "_catalog_items_v_rels" USING btree ("departments_id");
  CREATE INDEX "catalog_imports_domain_idx" ON "catalog_imports" USING btree ("domain_id");
  CREATE INDEX "catalog_imports_requested_by_idx" ON "catalog_imports" USING btree ("requested_by_id");
  CREATE INDEX "catalog_imports_status_idx" ON "catalog_imports" USING btree ("status");
  CREATE INDEX "catalog_imports_updated_at_idx" ON "catalog_imports" USING btree ("updated_at");
  CREATE INDEX "catalog_imports_created_at_idx" ON "catalog_imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "index_counters_key_idx" ON "index_counters" USING btree ("key");
  CREATE INDEX "index_counters_updated_at_idx" ON "index_counters" USING btree ("updated_at");
  CREATE INDEX "index_counters_created_at_idx" ON "index_counters" USING btree ("created_at");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_user_id_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_user_email_idx" ON "audit_log" USING btree ("user_email");
  CREATE INDEX "audit_log_department_id_idx" ON "audit_log" USING btree ("department_id");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "collection_documentId_idx" ON "audit_log" USING btree ("collection","document_id");
  CREATE INDEX "ledger_submissions_department_idx" ON "ledger_submissions" USING btree ("department_id");
  CREATE INDEX "ledger_submissions_month_idx" ON "ledger_submissions" USING btree ("month");
  CREATE INDEX "ledger_submissions_previous_idx" ON "ledger_submissions" USING btree ("previous_id");
  CREATE INDEX "ledger_submissions_sha256_idx" ON "ledger_submissions" USING btree ("sha256");
  CREATE INDEX "ledger_submissions_submitted_by_idx" ON "ledger_submissions" USING btree ("submitted_by_id");
  CREATE INDEX "ledger_submissions_updated_at_idx" ON "ledger_submissions" USING btree ("updated_at");
  CREATE INDEX "ledger_submissions_created_at_idx" ON "ledger_submissions" USING btree ("created_at");
  CREATE UNIQUE INDEX "ledger_submissions_filename_idx" ON "ledger_submissions" USING btree ("filename");
  CREATE UNIQUE INDEX "department_month_revision_idx" ON "ledger_submissions" USING btree ("department_id","month","revision");
  CREATE INDEX "disclosure_requests_events_order_idx" ON "disclosure_requests_events" USING btree ("_order");
  CREATE INDEX "disclosure_requests_events_parent_id_idx" ON "disclosure_requests_events" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "disclosure_requests_tracking_number_idx" ON "disclosure_requests" USING btree ("tracking_number");
  CREATE INDEX "disclosure_requests_status_idx" ON "disclosure_requests" USING btree ("status");
  CREATE INDEX "disclosure_requests_department_idx" ON "disclosure_requests" USING btree ("department_id");
  CREATE INDEX "disclosure_requests_outcome_idx" ON "disclosure_requests" USING btree ("outcome");
  CREATE INDEX "disclosure_requests_reply_letter_idx" ON "disclosure_requests" USING btree ("reply_letter_id");
  CREATE INDEX "disclosure_requests_received_on_idx" ON "disclosure_requests" USING btree ("received_on");
  CREATE INDEX "disclosure_requests_due_date_idx" ON "disclosure_requests" USING btree ("due_date");
  CREATE INDEX "disclosure_requests_closed_on_idx" ON "disclosure_requests" USING btree ("closed_on");
  CREATE INDEX "disclosure_requests_submitter_key_idx" ON "disclosure_requests" USING btree ("submitter_key");
  CREATE INDEX "disclosure_requests_updated_at_idx" ON "disclosure_requests" USING btree ("updated_at");
  CREATE INDEX "disclosure_requests_created_at_idx" ON "disclosure_requests" USING btree ("created_at");
  CREATE INDEX "department_dueDate_idx" ON "disclosure_requests" USING btree ("department_id","due_date");
  CREATE INDEX "status_dueDate_idx" ON "disclosure_requests" USING btree ("status","due_date");
  CREATE INDEX "administrative_reviews_filed_on_idx" ON "administrative_reviews" USING btree ("filed_on");
  CREATE INDEX "administrative_reviews_decided_on_idx" ON "administrative_reviews" USING btree ("decided_on");
  CREATE INDEX "administrative_reviews_request_idx" ON "administrative_reviews" USING btree ("request_id");
  CREATE INDEX "administrative_reviews_department_idx" ON "administrative_reviews" USING btree ("department_id");
  CREATE INDEX "administrative_reviews_updated_at_idx" ON "administrative_reviews" USING btree ("updated_at");
  CREATE INDEX "administrative_reviews_created_at_idx" ON "administrative_reviews" USING btree ("created_at");
  CREATE INDEX "annual_report_figures_department_idx" ON "annual_report_figures" USING btree ("department_id");
  CREATE INDEX "annual_report_figures_updated_at_idx" ON "annual_report_figures" USING btree ("updated_at");
  CREATE INDEX "annual_report_figures_created_at_idx" ON "annual_report_figures" USING btree ("created_at");
  CREATE UNIQUE INDEX "year_department_idx" ON "annual_report_figures" USING btree ("year","department_id");
  CREATE UNIQUE INDEX "reply_templates_target_idx" ON "reply_templates" USING btree ("target");
  CREATE INDEX "reply_templates_updated_at_idx" ON "reply_templates" USING btree ("updated_at");
  CREATE INDEX "reply_templates_created_at_idx" ON "reply_templates" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_disclosures_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosures_id");
  CREATE INDEX "payload_locked_documents_rels_disclosure_files_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_files_id");
  CREATE INDEX "payload_locked_documents_rels_policy_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_documents_id");
  CREATE INDEX "payload_locked_documents_rels_interpretations_id_idx" ON "payload_locked_documents_rels" USING btree ("interpretations_id");
  CREATE INDEX "payload_locked_documents_rels_disclosure_reminders_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_reminders_id");
  CREATE INDEX "payload_locked_documents_rels_calendar_days_id_idx" ON "payload_locked_documents_rels" USING btree ("calendar_days_id");
  CREATE INDEX "payload_locked_documents_rels_deadline_changes_id_idx" ON "payload_locked_documents_rels" USING btree ("deadline_changes_id");
  CREATE INDEX "payload_locked_documents_rels_catalog_domains_id_idx" ON "payload_locked_documents_rels" USING btree ("catalog_domains_id");
  CREATE INDEX "payload_locked_documents_rels_catalog_items_id_idx" ON "payload_locked_documents_rels" USING btree ("catalog_items_id");
  CREATE INDEX "payload_locked_documents_rels_catalog_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("catalog_imports_id");
  CREATE INDEX "payload_locked_documents_rels_index_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("index_counters_id");
  CREATE INDEX "payload_locked_documents_rels_disclosure_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_requests_id");
  CREATE INDEX "payload_locked_documents_rels_administrative_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("administrative_reviews_id");
  CREATE INDEX "payload_locked_documents_rels_annual_report_figures_id_idx" ON "payload_locked_documents_rels" USING btree ("annual_report_figures_id");
  CREATE INDEX "payload_locked_documents_rels_reply_templates_id_idx" ON "payload_locked_documents_rels" USING btree ("reply_templates_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "disclosures_attribute_basis" CASCADE;
  DROP TABLE "disclosures" CASCADE;
  DROP TABLE "disclosures_rels" CASCADE;
  DROP TABLE "disclosure_files" CASCADE;
  DROP TABLE "policy_documents_attribute_basis" CASCADE;
  DROP TABLE "policy_documents_subjects" CASCADE;
  DROP TABLE "policy_documents" CASCADE;
  DROP TABLE "policy_documents_texts" CASCADE;
  DROP TABLE "policy_documents_rels" CASCADE;
  DROP TABLE "interpretations_attribute_basis" CASCADE;
  DROP TABLE "interpretations" CASCADE;
  DROP TABLE "interpretations_rels" CASCADE;
  DROP TABLE "disclosure_reminders" CASCADE;
  DROP TABLE "calendar_days" CASCADE;
  DROP TABLE "deadline_changes" CASCADE;
  DROP TABLE "catalog_domains" CASCADE;
  DROP TABLE "catalog_items_basis_refs" CASCADE;
  DROP TABLE "catalog_items_channels" CASCADE;
  DROP TABLE "catalog_items_audience" CASCADE;
  DROP TABLE "catalog_items_mode" CASCADE;
  DROP TABLE "catalog_items_levels" CASCADE;
  DROP TABLE "catalog_items" CASCADE;
  DROP TABLE "catalog_items_texts" CASCADE;
  DROP TABLE "catalog_items_rels" CASCADE;
  DROP TABLE "_catalog_items_v_version_basis_refs" CASCADE;
  DROP TABLE "_catalog_items_v_version_channels" CASCADE;
  DROP TABLE "_catalog_items_v_version_audience" CASCADE;
  DROP TABLE "_catalog_items_v_version_mode" CASCADE;
  DROP TABLE "_catalog_items_v_version_levels" CASCADE;
  DROP TABLE "_catalog_items_v" CASCADE;
  DROP TABLE "_catalog_items_v_texts" CASCADE;
  DROP TABLE "_catalog_items_v_rels" CASCADE;
  DROP TABLE "catalog_imports" CASCADE;
  DROP TABLE "index_counters" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "ledger_submissions" CASCADE;
  DROP TABLE "disclosure_requests_events" CASCADE;
  DROP TABLE "disclosure_requests" CASCADE;
  DROP TABLE "administrative_reviews" CASCADE;
  DROP TABLE "annual_report_figures" CASCADE;
  DROP TABLE "reply_templates" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_departments_kind";
  DROP TYPE "public"."enum_disclosures_attribute_basis";
  DROP TYPE "public"."enum_disclosures_public_attribute";
  DROP TYPE "public"."enum_disclosures_status";
  DROP TYPE "public"."enum_disclosures_info_type";
  DROP TYPE "public"."enum_disclosures_deadline_rule_rule";
  DROP TYPE "public"."enum_disclosures_deadline_rule_unit";
  DROP TYPE "public"."enum_disclosures_deadline_rule_trigger";
  DROP TYPE "public"."enum_disclosures_deadline_state";
  DROP TYPE "public"."enum_disclosures_secrecy_review_conclusion";
  DROP TYPE "public"."enum_policy_documents_attribute_basis";
  DROP TYPE "public"."enum_policy_documents_subjects";
  DROP TYPE "public"."enum_policy_documents_public_attribute";
  DROP TYPE "public"."enum_policy_documents_status";
  DROP TYPE "public"."enum_policy_documents_info_type";
  DROP TYPE "public"."enum_policy_documents_deadline_rule_rule";
  DROP TYPE "public"."enum_policy_documents_deadline_rule_unit";
  DROP TYPE "public"."enum_policy_documents_deadline_rule_trigger";
  DROP TYPE "public"."enum_policy_documents_deadline_state";
  DROP TYPE "public"."enum_policy_documents_secrecy_review_conclusion";
  DROP TYPE "public"."enum_policy_documents_document_type";
  DROP TYPE "public"."enum_policy_documents_validity";
  DROP TYPE "public"."enum_interpretations_attribute_basis";
  DROP TYPE "public"."enum_interpretations_form";
  DROP TYPE "public"."enum_interpretations_public_attribute";
  DROP TYPE "public"."enum_interpretations_status";
  DROP TYPE "public"."enum_interpretations_info_type";
  DROP TYPE "public"."enum_interpretations_deadline_rule_rule";
  DROP TYPE "public"."enum_interpretations_deadline_rule_unit";
  DROP TYPE "public"."enum_interpretations_deadline_rule_trigger";
  DROP TYPE "public"."enum_interpretations_deadline_state";
  DROP TYPE "public"."enum_interpretations_secrecy_review_conclusion";
  DROP TYPE "public"."enum_disclosure_reminders_kind";
  DROP TYPE "public"."enum_disclosure_reminders_delivery";
  DROP TYPE "public"."enum_calendar_days_kind";
  DROP TYPE "public"."enum_catalog_items_channels";
  DROP TYPE "public"."enum_catalog_items_audience";
  DROP TYPE "public"."enum_catalog_items_mode";
  DROP TYPE "public"."enum_catalog_items_levels";
  DROP TYPE "public"."enum_catalog_items_time_limit_rule_trigger";
  DROP TYPE "public"."enum_catalog_items_time_limit_rule_unit";
  DROP TYPE "public"."enum_catalog_items_time_limit_rule_kind";
  DROP TYPE "public"."enum_catalog_items_time_limit_rule_cadence";
  DROP TYPE "public"."enum__catalog_items_v_version_channels";
  DROP TYPE "public"."enum__catalog_items_v_version_audience";
  DROP TYPE "public"."enum__catalog_items_v_version_mode";
  DROP TYPE "public"."enum__catalog_items_v_version_levels";
  DROP TYPE "public"."enum__catalog_items_v_version_time_limit_rule_trigger";
  DROP TYPE "public"."enum__catalog_items_v_version_time_limit_rule_unit";
  DROP TYPE "public"."enum__catalog_items_v_version_time_limit_rule_kind";
  DROP TYPE "public"."enum__catalog_items_v_version_time_limit_rule_cadence";
  DROP TYPE "public"."enum_catalog_imports_status";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_disclosure_requests_events_type";
  DROP TYPE "public"."enum_disclosure_requests_events_party";
  DROP TYPE "public"."enum_disclosure_requests_status";
  DROP TYPE "public"."enum_disclosure_requests_applicant_type";
  DROP TYPE "public"."enum_disclosure_requests_id_document_type";
  DROP TYPE "public"."enum_disclosure_requests_channel";
  DROP TYPE "public"."enum_disclosure_requests_outcome";
  DROP TYPE "public"."enum_administrative_reviews_kind";
  DROP TYPE "public"."enum_administrative_reviews_result";
  DROP TYPE "public"."enum_reply_templates_target";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
