CREATE TYPE "public"."contact_channel" AS ENUM('portal', 'phone', 'email', 'letter', 'in_person', 'police_notification', 'public_online');--> statement-breakpoint
CREATE TYPE "public"."individual_relationship" AS ENUM('family', 'acquaintance', 'self', 'other');--> statement-breakpoint
CREATE TYPE "public"."referrer_kind" AS ENUM('professional', 'individual', 'anonymous');--> statement-breakpoint
CREATE TYPE "public"."primary_need_code" AS ENUM('N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9');--> statement-breakpoint
ALTER TYPE "public"."organisation_type" ADD VALUE 'emergency_department';--> statement-breakpoint
ALTER TYPE "public"."organisation_type" ADD VALUE 'midwifery';--> statement-breakpoint
ALTER TYPE "public"."organisation_type" ADD VALUE 'education_services';--> statement-breakpoint
ALTER TYPE "public"."organisation_type" ADD VALUE 'la_other_service';--> statement-breakpoint
ALTER TYPE "public"."organisation_type" ADD VALUE 'legal_agency';--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"contact_child_id" uuid NOT NULL,
	"person_id" uuid,
	"decision_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"referral_date" date NOT NULL,
	"referral_source" text NOT NULL,
	"primary_need" "primary_need_code" NOT NULL,
	"referrals_in_previous_12_months" integer NOT NULL,
	"nfa" boolean DEFAULT false NOT NULL,
	"nfa_recorded_at" timestamp with time zone,
	"allocated_team" text,
	"allocated_worker_id" uuid,
	"allocated_at" timestamp with time zone,
	"allocated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contacts" ALTER COLUMN "organisation_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ALTER COLUMN "submitted_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ALTER COLUMN "suggested_level" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ALTER COLUMN "referrer_level" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "channel" "contact_channel" DEFAULT 'portal' NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "recorded_by" uuid;--> statement-breakpoint
-- Every contact so far came through the portal, received the moment it was submitted.
ALTER TABLE "contacts" ADD COLUMN "received_at" timestamp with time zone;--> statement-breakpoint
UPDATE "contacts" SET "received_at" = "submitted_at";--> statement-breakpoint
ALTER TABLE "contacts" ALTER COLUMN "received_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "referrer_kind" "referrer_kind" DEFAULT 'professional' NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "referrer_relationship" "individual_relationship";--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "public_concern" jsonb;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "confirmation_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "confirmed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "confirmed_by" uuid;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "gender" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "ethnicity" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "case_system_id" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_contact_child_id_contact_children_id_fk" FOREIGN KEY ("contact_child_id") REFERENCES "public"."contact_children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_allocated_worker_id_users_id_fk" FOREIGN KEY ("allocated_worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_allocated_by_users_id_fk" FOREIGN KEY ("allocated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_contact_child_idx" ON "referrals" USING btree ("contact_child_id");--> statement-breakpoint
CREATE INDEX "referrals_person_date_idx" ON "referrals" USING btree ("person_id","referral_date");--> statement-breakpoint
CREATE INDEX "referrals_date_idx" ON "referrals" USING btree ("referral_date");--> statement-breakpoint
CREATE INDEX "referrals_awaiting_allocation_idx" ON "referrals" USING btree ("created_at") WHERE allocated_at is null;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contacts_received_idx" ON "contacts" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "contacts_awaiting_confirmation_idx" ON "contacts" USING btree ("confirmation_due_at") WHERE confirmation_due_at is not null and confirmed_at is null;--> statement-breakpoint
CREATE INDEX "persons_case_system_id_idx" ON "persons" USING btree ("case_system_id") WHERE case_system_id is not null;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_made_by_someone" CHECK ("contacts"."channel" = 'public_online' or ("contacts"."channel" = 'portal' and "contacts"."submitted_by" is not null) or ("contacts"."channel" <> 'portal' and "contacts"."recorded_by" is not null));