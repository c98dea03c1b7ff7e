-- Each child keeps its contact's received time (which never changes), so that "has this person had another contact
-- in the 12 months before this one", asked for every child on the MASH queue and the screening page, is one range of
-- an index on (person, received) rather than a lookup of each of the person's contacts (issue 16).
ALTER TABLE "contact_children" ADD COLUMN "received_at" timestamp with time zone;--> statement-breakpoint
UPDATE "contact_children" SET "received_at" = "contacts"."received_at"
FROM "contacts" WHERE "contacts"."id" = "contact_children"."contact_id";--> statement-breakpoint
ALTER TABLE "contact_children" ALTER COLUMN "received_at" SET NOT NULL;--> statement-breakpoint
DROP INDEX "contact_children_person_idx";--> statement-breakpoint
CREATE INDEX "contact_children_person_received_idx" ON "contact_children" USING btree ("person_id","received_at");
