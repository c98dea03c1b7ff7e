CREATE TYPE "public"."lawful_basis" AS ENUM('public_task', 'legal_obligation', 'vital_interests', 'consent');--> statement-breakpoint
ALTER TABLE "information_checks" ADD COLUMN "lawful_basis" "lawful_basis";--> statement-breakpoint
ALTER TABLE "information_checks" ADD COLUMN "family_informed" boolean;--> statement-breakpoint
ALTER TABLE "information_checks" ADD COLUMN "family_not_informed_reason" text;--> statement-breakpoint
ALTER TABLE "information_checks" ADD COLUMN "sharing_authorised_by" uuid;--> statement-breakpoint
ALTER TABLE "information_checks" ADD CONSTRAINT "information_checks_sharing_authorised_by_users_id_fk" FOREIGN KEY ("sharing_authorised_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "information_checks" ADD CONSTRAINT "information_checks_uninformed_sharing_authorised" CHECK (family_informed is distinct from false or (sharing_authorised_by is not null and family_not_informed_reason is not null));