ALTER TYPE "public"."role" ADD VALUE 'analyst' BEFORE 'admin';--> statement-breakpoint
CREATE INDEX "contacts_submitted_idx" ON "contacts" USING btree ("submitted_at");