-- Contacts already received keep the one deadline stored before, the decision's, as their screening deadline
-- too: the working-day clock that sets the true one lives in the application, not the database. Rating such a
-- contact sets its screening deadline from its RAG rating, as for every new contact.
ALTER TABLE "contacts" ADD COLUMN "screening_due_at" timestamp with time zone;--> statement-breakpoint
UPDATE "contacts" SET "screening_due_at" = "decision_due_at";--> statement-breakpoint
ALTER TABLE "contacts" ALTER COLUMN "screening_due_at" SET NOT NULL;
