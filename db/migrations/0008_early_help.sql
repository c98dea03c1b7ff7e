CREATE TYPE "public"."closure_reason" AS ENUM('outcomes_achieved', 'stepped_down_to_universal_services', 'stepped_up_to_social_care', 'consent_withdrawn', 'moved_out_of_area', 'other');--> statement-breakpoint
CREATE TYPE "public"."outcome_area" AS ENUM('education', 'early_years', 'health', 'substance_use', 'family_relationships', 'safe_from_abuse_and_exploitation', 'crime', 'domestic_abuse', 'housing', 'financial_stability');--> statement-breakpoint
CREATE TYPE "public"."plan_kind" AS ENUM('early_help', 'family_help', 'child_in_need');--> statement-breakpoint
CREATE TYPE "public"."plan_origin" AS ENUM('mash_decision', 'partner', 'step_down');--> statement-breakpoint
CREATE TYPE "public"."plan_status" AS ENUM('awaiting_allocation', 'active', 'paused', 'stepped_up_pending', 'closed');--> statement-breakpoint
CREATE TYPE "public"."step_down_status" AS ENUM('pending', 'accepted', 'returned');--> statement-breakpoint
CREATE TYPE "public"."step_up_decision" AS ENUM('accepted', 'not_accepted');--> statement-breakpoint
CREATE SEQUENCE "public"."early_help_plan_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE SEQUENCE "public"."step_down_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "early_help_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"what" text NOT NULL,
	"who" text NOT NULL,
	"by_when" date NOT NULL,
	"done_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "early_help_goal_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"review_id" uuid,
	"scored_on" date NOT NULL,
	"score" integer NOT NULL,
	CONSTRAINT "early_help_goal_scores_range" CHECK (score between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "early_help_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"outcome_area" "outcome_area" NOT NULL,
	"need" text NOT NULL,
	"description" text NOT NULL,
	"set_on" date NOT NULL,
	"baseline_score" integer NOT NULL,
	"target_score" integer NOT NULL,
	"ended_on" date,
	CONSTRAINT "early_help_goals_scores" CHECK (baseline_score between 0 and 10 and target_score between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "early_help_network_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"relationship" text NOT NULL,
	"phone" text,
	"contribution" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "early_help_plan_children" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"person_id" uuid,
	"contact_child_id" uuid,
	"first_name" text,
	"last_name" text NOT NULL,
	"date_of_birth" date,
	"due_date" date,
	"sex" text
);
--> statement-breakpoint
CREATE TABLE "early_help_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"kind" "plan_kind" NOT NULL,
	"status" "plan_status" NOT NULL,
	"origin" "plan_origin" NOT NULL,
	"contact_id" uuid,
	"decision_id" uuid,
	"concern_summary" text,
	"started_on" date NOT NULL,
	"lead_professional_id" uuid,
	"social_worker_id" uuid,
	"consent" jsonb,
	"assessment" jsonb,
	"assessment_started_on" date,
	"assessment_completed_on" date,
	"assessment_organisation_id" uuid,
	"network_meeting" jsonb,
	"step_up_decision" "step_up_decision",
	"closed_on" date,
	"closure_reason" "closure_reason",
	"closure_other_reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "early_help_plans_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "early_help_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"attendees" jsonb NOT NULL,
	"what_changed" text NOT NULL,
	"next_review_on" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "early_help_step_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"handover" jsonb NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" "step_up_decision",
	"decided_at" timestamp with time zone,
	CONSTRAINT "early_help_step_ups_contactId_unique" UNIQUE("contact_id")
);
--> statement-breakpoint
CREATE TABLE "early_help_team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text,
	"agency" text,
	"role" text,
	"email" text,
	"phone" text,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_by" uuid,
	"removed_at" timestamp with time zone,
	CONSTRAINT "early_help_team_members_who" CHECK (user_id is not null or name is not null)
);
--> statement-breakpoint
CREATE TABLE "step_down_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"status" "step_down_status" DEFAULT 'pending' NOT NULL,
	"kind" "plan_kind" NOT NULL,
	"children" jsonb NOT NULL,
	"handover_summary" text NOT NULL,
	"current_risks" text NOT NULL,
	"must_continue" text NOT NULL,
	"consent" jsonb NOT NULL,
	"proposed_lead" jsonb NOT NULL,
	"requested_by" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"contact_id" uuid,
	"decision_id" uuid,
	"submitted_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"transition_meeting_on" date,
	"return_reasons" text,
	"plan_id" uuid,
	"history" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "step_down_requests_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
ALTER TABLE "early_help_actions" ADD CONSTRAINT "early_help_actions_plan_id_early_help_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."early_help_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_actions" ADD CONSTRAINT "early_help_actions_goal_id_early_help_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."early_help_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_goal_scores" ADD CONSTRAINT "early_help_goal_scores_goal_id_early_help_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."early_help_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_goal_scores" ADD CONSTRAINT "early_help_goal_scores_review_id_early_help_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."early_help_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_goals" ADD CONSTRAINT "early_help_goals_plan_id_early_help_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."early_help_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_network_members" ADD CONSTRAINT "early_help_network_members_plan_id_early_help_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."early_help_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_plan_children" ADD CONSTRAINT "early_help_plan_children_plan_id_early_help_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."early_help_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_plan_children" ADD CONSTRAINT "early_help_plan_children_contact_child_id_contact_children_id_fk" FOREIGN KEY ("contact_child_id") REFERENCES "public"."contact_children"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_plans" ADD CONSTRAINT "early_help_plans_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_plans" ADD CONSTRAINT "early_help_plans_lead_professional_id_users_id_fk" FOREIGN KEY ("lead_professional_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_plans" ADD CONSTRAINT "early_help_plans_social_worker_id_users_id_fk" FOREIGN KEY ("social_worker_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_plans" ADD CONSTRAINT "early_help_plans_assessment_organisation_id_organisations_id_fk" FOREIGN KEY ("assessment_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_plans" ADD CONSTRAINT "early_help_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_reviews" ADD CONSTRAINT "early_help_reviews_plan_id_early_help_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."early_help_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_reviews" ADD CONSTRAINT "early_help_reviews_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_step_ups" ADD CONSTRAINT "early_help_step_ups_plan_id_early_help_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."early_help_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_step_ups" ADD CONSTRAINT "early_help_step_ups_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_step_ups" ADD CONSTRAINT "early_help_step_ups_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_team_members" ADD CONSTRAINT "early_help_team_members_plan_id_early_help_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."early_help_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_team_members" ADD CONSTRAINT "early_help_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_team_members" ADD CONSTRAINT "early_help_team_members_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "early_help_team_members" ADD CONSTRAINT "early_help_team_members_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_down_requests" ADD CONSTRAINT "step_down_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_down_requests" ADD CONSTRAINT "step_down_requests_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_down_requests" ADD CONSTRAINT "step_down_requests_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_down_requests" ADD CONSTRAINT "step_down_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_down_requests" ADD CONSTRAINT "step_down_requests_plan_id_early_help_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."early_help_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "early_help_actions_plan_idx" ON "early_help_actions" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "early_help_goal_scores_review_idx" ON "early_help_goal_scores" USING btree ("goal_id","review_id");--> statement-breakpoint
CREATE UNIQUE INDEX "early_help_goals_position_idx" ON "early_help_goals" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "early_help_network_members_plan_idx" ON "early_help_network_members" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "early_help_plan_children_position_idx" ON "early_help_plan_children" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "early_help_plan_children_person_idx" ON "early_help_plan_children" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "early_help_plans_status_idx" ON "early_help_plans" USING btree ("status","started_on");--> statement-breakpoint
CREATE INDEX "early_help_plans_lead_idx" ON "early_help_plans" USING btree ("lead_professional_id");--> statement-breakpoint
CREATE INDEX "early_help_plans_contact_idx" ON "early_help_plans" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "early_help_reviews_plan_idx" ON "early_help_reviews" USING btree ("plan_id","held_on");--> statement-breakpoint
CREATE INDEX "early_help_step_ups_plan_idx" ON "early_help_step_ups" USING btree ("plan_id","requested_at");--> statement-breakpoint
CREATE INDEX "early_help_team_members_plan_idx" ON "early_help_team_members" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "early_help_team_members_user_idx" ON "early_help_team_members" USING btree ("user_id") WHERE removed_at is null;--> statement-breakpoint
CREATE INDEX "step_down_requests_status_idx" ON "step_down_requests" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "step_down_requests_requested_by_idx" ON "step_down_requests" USING btree ("requested_by");