-- The child in a contact is linked to a person record; a link to a record that does not exist is refused.
ALTER TABLE "contact_children" ADD CONSTRAINT "contact_children_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Someone is working on every contact past "submitted", and nobody on a contact still waiting in the queue:
-- the database, not only the page, keeps a claimed contact claimed.
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_assigned_while_screened" CHECK (("status" = 'submitted') = ("assigned_to" IS NULL));
