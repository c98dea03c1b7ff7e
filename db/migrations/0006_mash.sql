CREATE TYPE "public"."decision_state" AS ENUM('recorded', 'awaiting_sign_off', 'approved', 'returned');--> statement-breakpoint
CREATE TYPE "public"."information_check_agency" AS ENUM('police', 'health', 'education');--> statement-breakpoint
CREATE TYPE "public"."person_link_event" AS ENUM('linked', 'unlinked');--> statement-breakpoint
CREATE TYPE "public"."sign_off_result" AS ENUM('approved', 'returned');--> statement-breakpoint
CREATE TABLE "child_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"contact_child_id" uuid NOT NULL,
	"decided_level" integer NOT NULL,
	"outcome" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"rag" "rag_rating" NOT NULL,
	"rationale" text NOT NULL,
	"internal_notes" text,
	"referrer_feedback" text NOT NULL,
	"state" "decision_state" NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "information_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"agency" "information_check_agency" NOT NULL,
	"question" text NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "person_links" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"contact_child_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"event" "person_link_event" NOT NULL,
	"reason" text,
	"match_score" integer,
	"actor_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"first_name" text,
	"last_name" text NOT NULL,
	"normalised_name" text NOT NULL,
	"date_of_birth" date,
	"sex" text NOT NULL,
	"nhs_number" text,
	"postcode" text,
	"address_line1" text,
	"address_line2" text,
	"town" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_offs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"result" "sign_off_result" NOT NULL,
	"comment" text,
	"manager_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "child_decisions" ADD CONSTRAINT "child_decisions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "child_decisions" ADD CONSTRAINT "child_decisions_contact_child_id_contact_children_id_fk" FOREIGN KEY ("contact_child_id") REFERENCES "public"."contact_children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_checks" ADD CONSTRAINT "information_checks_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_checks" ADD CONSTRAINT "information_checks_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_checks" ADD CONSTRAINT "information_checks_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_links" ADD CONSTRAINT "person_links_contact_child_id_contact_children_id_fk" FOREIGN KEY ("contact_child_id") REFERENCES "public"."contact_children"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_links" ADD CONSTRAINT "person_links_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_links" ADD CONSTRAINT "person_links_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_offs" ADD CONSTRAINT "sign_offs_manager_id_users_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "child_decisions_child_idx" ON "child_decisions" USING btree ("decision_id","contact_child_id");--> statement-breakpoint
CREATE INDEX "child_decisions_contact_child_idx" ON "child_decisions" USING btree ("contact_child_id");--> statement-breakpoint
CREATE INDEX "decisions_contact_idx" ON "decisions" USING btree ("contact_id","recorded_at");--> statement-breakpoint
CREATE INDEX "decisions_awaiting_sign_off_idx" ON "decisions" USING btree ("recorded_at") WHERE state = 'awaiting_sign_off';--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_one_standing_idx" ON "decisions" USING btree ("contact_id") WHERE state in ('recorded', 'approved');--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_one_awaiting_idx" ON "decisions" USING btree ("contact_id") WHERE state = 'awaiting_sign_off';--> statement-breakpoint
CREATE INDEX "information_checks_contact_idx" ON "information_checks" USING btree ("contact_id","requested_at");--> statement-breakpoint
CREATE INDEX "information_checks_open_idx" ON "information_checks" USING btree ("agency","due_at") WHERE answered_at is null;--> statement-breakpoint
CREATE INDEX "person_links_child_idx" ON "person_links" USING btree ("contact_child_id","occurred_at");--> statement-breakpoint
CREATE INDEX "persons_normalised_name_trgm_idx" ON "persons" USING gin ("normalised_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_date_of_birth_idx" ON "persons" USING btree ("date_of_birth");--> statement-breakpoint
CREATE INDEX "persons_postcode_idx" ON "persons" USING btree ("postcode");--> statement-breakpoint
CREATE INDEX "persons_nhs_number_idx" ON "persons" USING btree ("nhs_number");--> statement-breakpoint
CREATE UNIQUE INDEX "sign_offs_decision_idx" ON "sign_offs" USING btree ("decision_id");