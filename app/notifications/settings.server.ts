import { pino, type Logger } from "pino";
import type { Queryable } from "#db/connection";
import { config, type Config } from "~/config.server";
import { loggableError } from "~/logging.server";
import { createDevChannel } from "./channels/dev.server";
import type { MailChannel } from "./channels/channel";
import { createNotifyChannel } from "./channels/notify.server";
import { createSmtpChannel } from "./channels/smtp.server";
import type { DeliveryMode, QueueOptions } from "./outbox.server";

/** GOV.UK Notify when its key is set, else SMTP when SMTP_URL is, else (never in production) /dev/mail. */
export function deliveryMode(settings: Config): DeliveryMode {
  return settings.NOTIFY_API_KEY || settings.SMTP_URL ? "queue" : "development";
}

let logger: Logger | undefined;
function notificationLogger(): Logger {
  logger ??= pino({
    level: config().LOG_LEVEL,
    base: { module: "notifications" },
    serializers: { err: loggableError },
  });
  return logger;
}

/** How `sendMail` queues, from the environment. */
export function queueOptionsFromConfig(): QueueOptions {
  const settings = config();
  return {
    mode: deliveryMode(settings),
    appUrl: settings.appUrl,
    logger: notificationLogger(),
    logBodies: settings.NODE_ENV !== "production",
    strictPlaceholders: settings.NODE_ENV !== "production",
    copyToDevMail: settings.NODE_ENV !== "production",
  };
}

/** The worker's channel. `queryable` is only for development delivery, which writes to `dev_mail`. */
export function mailChannelFromConfig(settings: Config, queryable: Queryable, log: Logger): MailChannel {
  if (settings.NOTIFY_API_KEY) {
    return createNotifyChannel({
      apiKey: settings.NOTIFY_API_KEY,
      baseUrl: settings.NOTIFY_BASE_URL,
      templateIds: settings.NOTIFY_TEMPLATE_IDS ?? {},
      timeoutMs: settings.NOTIFY_TIMEOUT_SECONDS * 1000,
    });
  }
  if (settings.SMTP_URL) {
    return createSmtpChannel({
      url: settings.SMTP_URL,
      from: settings.MAIL_FROM,
      timeoutMs: settings.SMTP_TIMEOUT_SECONDS * 1000,
    });
  }
  return createDevChannel(queryable, log, { logBody: settings.NODE_ENV !== "production" });
}
