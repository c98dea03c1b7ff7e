import { db } from "~/db.server";
import { notificationsForAdministrators, retryDeadMessage } from "~/notifications/outbox.server";
import type { AuditActor } from "./audit.server";

/** The administrators' view of email delivery: how many are waiting, sent or undeliverable, and which failed. */
export function outboxForAdministrators() {
  return notificationsForAdministrators(db());
}

/** Tries an undeliverable email again; false when it is no longer waiting for a retry. */
export function retryUndeliverable(actor: AuditActor, outboxId: string): Promise<boolean> {
  return retryDeadMessage(db(), actor, outboxId);
}
