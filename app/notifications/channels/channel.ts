import type { NotificationTemplate } from "~/domain/notifications/templates";
import type { AttemptFailure } from "~/domain/notifications/retry";

type ChannelName = "smtp" | "notify" | "dev";

/** One message as a channel sends it: rendered for SMTP, the template and its values for Notify. */
export interface OutgoingEmail {
  /**
   * The outbox message's idempotency key: GOV.UK Notify's `reference`, the
   * SMTP Message-ID. The same on every attempt at the same message.
   */
  reference: string;
  to: string;
  template: NotificationTemplate;
  personalisation: Record<string, string>;
  subject: string;
  body: string;
}

export interface SendReceipt {
  /** The provider's own id for the message, when it gives one. */
  providerReference: string | null;
}

/** A failed send, already classified: whether another attempt could succeed. */
export class DeliveryFailure extends Error {
  constructor(readonly failure: AttemptFailure) {
    super(failure.message);
    this.name = "DeliveryFailure";
  }
}

export interface MailChannel {
  readonly name: ChannelName;
  /** Sends once, or throws a DeliveryFailure. Never waits longer than the channel's timeout. */
  send(email: OutgoingEmail): Promise<SendReceipt>;
  /**
   * For providers that keep messages by our reference: the earlier send of
   * this message, if one got through before a timeout or a crash.
   */
  findEarlierSend?(email: OutgoingEmail): Promise<SendReceipt | null>;
  close(): Promise<void>;
}
