ALTER TYPE "public"."role" ADD VALUE 'social_care_manager' BEFORE 'analyst';--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "primary_need" "primary_need_code";