-- Each child keeps its contact's received time, so that "has this person had another contact in the 12 months before
-- this one", asked for every child on the MASH queue and the screening page, is one range of an index on (person,
-- received) rather than a lookup of each of the person's contacts (issue 16). The copy is part of the child's foreign
-- key to its contact, so the database keeps it right whatever writes it (a service, the seeders' bulk loads, a
-- correction by hand): a child written with any other time is refused, and a contact whose received time is corrected
-- takes its children with it. A foreign key needs a unique key to refer to; (id, received_at) is one, as id is.
ALTER TABLE "contact_children" ADD COLUMN "received_at" timestamp with time zone;--> statement-breakpoint
UPDATE "contact_children" SET "received_at" = "contacts"."received_at"
FROM "contacts" WHERE "contacts"."id" = "contact_children"."contact_id";--> statement-breakpoint
ALTER TABLE "contact_children" ALTER COLUMN "received_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_id_received_at_key" UNIQUE("id","received_at");--> statement-breakpoint
ALTER TABLE "contact_children" DROP CONSTRAINT "contact_children_contact_id_contacts_id_fk";--> statement-breakpoint
ALTER TABLE "contact_children" ADD CONSTRAINT "contact_children_contact_fk" FOREIGN KEY ("contact_id","received_at") REFERENCES "public"."contacts"("id","received_at") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
DROP INDEX "contact_children_person_idx";--> statement-breakpoint
CREATE INDEX "contact_children_person_received_idx" ON "contact_children" USING btree ("person_id","received_at");
