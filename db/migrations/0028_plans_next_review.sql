ALTER TABLE "early_help_plans" ADD COLUMN "next_review_on" date;--> statement-breakpoint
-- Each plan keeps the next review its latest review set, so that the coordinator's view can flag overdue reviews
-- across every open plan without looking up each one's reviews. Triggers rather than the service keep it, so that
-- every way a review is written (a service, the seeders' bulk loads, a correction by hand) keeps it right; once a
-- statement, over the plans it touched. The services lock a plan before writing its reviews (`lockEditablePlan`),
-- so each trigger reads every review committed before it, and two reviews of one plan never race here.
CREATE FUNCTION keep_plans_next_review() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE early_help_plans p
  SET next_review_on = (
    SELECT r.next_review_on FROM early_help_reviews r
    WHERE r.plan_id = p.id ORDER BY r.held_on DESC, r.recorded_at DESC LIMIT 1)
  WHERE p.id IN (SELECT plan_id FROM changed);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER early_help_reviews_added AFTER INSERT ON early_help_reviews
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keep_plans_next_review();
--> statement-breakpoint
CREATE TRIGGER early_help_reviews_changed AFTER UPDATE ON early_help_reviews
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keep_plans_next_review();
--> statement-breakpoint
CREATE TRIGGER early_help_reviews_removed AFTER DELETE ON early_help_reviews
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION keep_plans_next_review();
--> statement-breakpoint
UPDATE early_help_plans p
SET next_review_on = (
  SELECT r.next_review_on FROM early_help_reviews r
  WHERE r.plan_id = p.id ORDER BY r.held_on DESC, r.recorded_at DESC LIMIT 1)
WHERE EXISTS (SELECT FROM early_help_reviews r WHERE r.plan_id = p.id);
