import axios, { isAxiosError } from "axios";
import { NotifyClient } from "notifications-node-client";
import { isRetryableStatus, type AttemptFailure } from "~/domain/notifications/retry";
import type { NotificationTemplate } from "~/domain/notifications/templates";
import { DeliveryFailure, type MailChannel } from "./channel";

export interface NotifyOptions {
  apiKey: string;
  /** GOV.UK Notify's own address unless set (tests point it at a local server). */
  baseUrl: string;
  templateIds: Partial<Record<NotificationTemplate, string>>;
  timeoutMs: number;
}

/**
 * Email through GOV.UK Notify. Notify takes no idempotency key, and its client
 * sets no timeout, so each message goes with its outbox reference, the client
 * gives up after `timeoutMs`, and before any second attempt the worker asks
 * Notify whether the first one arrived (`findEarlierSend`).
 */
export function createNotifyChannel({ apiKey, baseUrl, templateIds, timeoutMs }: NotifyOptions): MailChannel {
  const client = new NotifyClient(baseUrl, apiKey);
  client.setClient(axios.create({ timeout: timeoutMs }));

  function templateId(template: NotificationTemplate): string {
    const id = templateIds[template];
    if (!id) throw new DeliveryFailure({ kind: "permanent", message: `No GOV.UK Notify template id for ${template}` });
    return id;
  }

  return {
    name: "notify",
    async send(email) {
      const id = templateId(email.template);
      try {
        const response = await client.sendEmail(id, email.to, {
          personalisation: email.personalisation,
          reference: email.reference,
        });
        return { providerReference: response.data.id };
      } catch (error) {
        throw new DeliveryFailure(classifyNotifyError(error));
      }
    },
    async findEarlierSend(email) {
      try {
        const response = await client.getNotifications("email", undefined, email.reference);
        const earlier = response.data.notifications[0];
        return earlier ? { providerReference: earlier.id } : null;
      } catch (error) {
        // Not knowing is not knowing: wait and ask again rather than risk sending twice.
        throw new DeliveryFailure({ ...classifyNotifyError(error), kind: "retryable" });
      }
    },
    async close() {},
  };
}

function classifyNotifyError(error: unknown): AttemptFailure {
  if (!isAxiosError(error)) return { kind: "retryable", message: `GOV.UK Notify: ${String(error)}` };
  const response = error.response;
  if (!response) return { kind: "retryable", message: `GOV.UK Notify: no answer (${error.code ?? error.message})` };
  const data = response.data as { errors?: { error?: string; message?: string }[] } | undefined;
  const detail = data?.errors?.map((item) => `${item.error ?? ""}: ${item.message ?? ""}`).join("; ") || error.message;
  const message = `GOV.UK Notify ${response.status}: ${detail}`;
  if (!isRetryableStatus(response.status)) return { kind: "permanent", message };
  const retryAfter = Number(response.headers?.["retry-after"]);
  return Number.isFinite(retryAfter) && retryAfter > 0
    ? { kind: "retryable", message, retryAfterSeconds: retryAfter }
    : { kind: "retryable", message };
}
