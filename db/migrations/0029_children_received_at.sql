-- Each child keeps its contact's received time (which never changes), so that "has this person had another contact
-- in the 12 months before this one", asked for every child on the MASH queue and the screening page, is one range of
-- an index on (person, received) rather than a lookup of each of the person's contacts (issue 16).
ALTER TABLE "contact_children" ADD COLUMN "received_at" timestamp with time zone;--> statement-breakpoint
UPDATE "contact_children" SET "received_at" = "contacts"."received_at"
FROM "contacts" WHERE "contacts"."id" = "contact_children"."contact_id";--> statement-breakpoint
ALTER TABLE "contact_children" ALTER COLUMN "received_at" SET NOT NULL;--> statement-breakpoint
DROP INDEX "contact_children_person_idx";--> statement-breakpoint
CREATE INDEX "contact_children_person_received_idx" ON "contact_children" USING btree ("person_id","received_at");
--> statement-breakpoint
-- The copy is kept right by the database, whatever writes it (a service, the seeders' bulk loads, a correction by
-- hand): a contact whose received time is corrected takes its children with it, and a child written with any other
-- time than its contact's is refused. The check runs after the statement, as a foreign key's does, so it sees a
-- contact inserted in the same statement (`insertContact`'s CTE).
CREATE FUNCTION keep_children_received_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE contact_children SET received_at = NEW.received_at WHERE contact_id = NEW.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER contacts_received_at_corrected AFTER UPDATE OF received_at ON contacts
  FOR EACH ROW WHEN (OLD.received_at IS DISTINCT FROM NEW.received_at) EXECUTE FUNCTION keep_children_received_at();
--> statement-breakpoint
CREATE FUNCTION check_child_received_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM contacts WHERE id = NEW.contact_id AND received_at = NEW.received_at) THEN
    RAISE EXCEPTION 'a contact child''s received_at must be its contact''s'
      USING ERRCODE = 'integrity_constraint_violation', TABLE = 'contact_children', COLUMN = 'received_at';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER contact_children_received_at_checked AFTER INSERT OR UPDATE OF received_at, contact_id ON contact_children
  FOR EACH ROW EXECUTE FUNCTION check_child_received_at();
