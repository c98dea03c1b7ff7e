DROP INDEX "persons_date_of_birth_idx";--> statement-breakpoint
DROP INDEX "persons_postcode_idx";--> statement-breakpoint
CREATE INDEX "persons_date_of_birth_name_idx" ON "persons" USING btree ("date_of_birth","normalised_name","id");--> statement-breakpoint
CREATE INDEX "persons_postcode_name_idx" ON "persons" USING btree ("postcode","normalised_name","id");