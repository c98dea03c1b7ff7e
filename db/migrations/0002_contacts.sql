CREATE TYPE "public"."threshold_document_status" AS ENUM('draft', 'published', 'superseded');--> statement-breakpoint
CREATE TYPE "public"."contact_status" AS ENUM('submitted', 'in_screening', 'awaiting_checks', 'awaiting_sign_off', 'decided');--> statement-breakpoint
CREATE TYPE "public"."rag_rating" AS ENUM('red', 'amber', 'green');--> statement-breakpoint
CREATE SEQUENCE "public"."contact_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "threshold_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" text NOT NULL,
	"title" text NOT NULL,
	"status" "threshold_document_status" DEFAULT 'draft' NOT NULL,
	"document" jsonb NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	CONSTRAINT "threshold_documents_version_unique" UNIQUE("version")
);
--> statement-breakpoint
CREATE TABLE "contact_children" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"first_name" text,
	"last_name" text NOT NULL,
	"date_of_birth" date,
	"due_date" date,
	"sex" text NOT NULL,
	"nhs_number" text,
	"postcode" text,
	"ethnicity" text,
	"person_id" uuid
);
--> statement-breakpoint
CREATE TABLE "contact_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"threshold_document_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"submitted_contact_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"threshold_document_id" uuid NOT NULL,
	"referral_source" text NOT NULL,
	"immediate_danger" boolean NOT NULL,
	"answers" jsonb NOT NULL,
	"descriptor_ids" text[] NOT NULL,
	"suggested_level" integer NOT NULL,
	"referrer_level" integer NOT NULL,
	"family_aware" text NOT NULL,
	"consent_given" text,
	"status" "contact_status" DEFAULT 'submitted' NOT NULL,
	"rag" "rag_rating",
	"assigned_to" uuid,
	"decision_due_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"step_up_plan_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contacts_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
ALTER TABLE "threshold_documents" ADD CONSTRAINT "threshold_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threshold_documents" ADD CONSTRAINT "threshold_documents_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_children" ADD CONSTRAINT "contact_children_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_drafts" ADD CONSTRAINT "contact_drafts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_drafts" ADD CONSTRAINT "contact_drafts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_drafts" ADD CONSTRAINT "contact_drafts_threshold_document_id_threshold_documents_id_fk" FOREIGN KEY ("threshold_document_id") REFERENCES "public"."threshold_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_threshold_document_id_threshold_documents_id_fk" FOREIGN KEY ("threshold_document_id") REFERENCES "public"."threshold_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "threshold_documents_one_published" ON "threshold_documents" USING btree ("status") WHERE status = 'published';--> statement-breakpoint
CREATE INDEX "threshold_documents_published_at_idx" ON "threshold_documents" USING btree ("published_at");--> statement-breakpoint
CREATE UNIQUE INDEX "contact_children_position_idx" ON "contact_children" USING btree ("contact_id","position");--> statement-breakpoint
CREATE INDEX "contact_children_person_idx" ON "contact_children" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "contact_drafts_creator_idx" ON "contact_drafts" USING btree ("created_by","updated_at");--> statement-breakpoint
CREATE INDEX "contacts_organisation_idx" ON "contacts" USING btree ("organisation_id","submitted_at");--> statement-breakpoint
CREATE INDEX "contacts_queue_idx" ON "contacts" USING btree ("status","decision_due_at");--> statement-breakpoint
CREATE INDEX "contacts_assigned_idx" ON "contacts" USING btree ("assigned_to");