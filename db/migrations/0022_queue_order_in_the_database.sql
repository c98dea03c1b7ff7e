-- The MASH queue's order (app/domain/mash/queue-order.ts) as stored columns PostgreSQL keeps up to date as each
-- contact's rating and deadlines change, filled for every existing contact as they are added, and an index over
-- the undecided contacts in that order: the queue is paged, ordered and counted in the database.
ALTER TABLE "contacts" ADD COLUMN "queue_priority" smallint GENERATED ALWAYS AS (case when immediate_danger and rag is null then 0 when rag is null then 1 when rag = 'red' then 2 when rag = 'amber' then 3 else 4 end) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "queue_due_at" timestamp with time zone GENERATED ALWAYS AS (least(screening_due_at, decision_due_at)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "contacts_queue_order_idx" ON "contacts" USING btree ("queue_priority","queue_due_at","received_at","reference") WHERE status in ('submitted', 'in_screening', 'awaiting_checks', 'awaiting_sign_off');