import type { Logger } from "pino";
import type { Config } from "../app/config.server";
import type { Database } from "../db/connection";
import { createScreeningClock, defaultScreeningTimelinessPolicy } from "../app/domain/mash/policy";
import { mailChannelFromConfig, queueOptionsFromConfig } from "../app/notifications/settings.server";
import { startNotificationWorker, type NotificationWorker } from "../app/notifications/worker.server";
import { refreshDefaultDashboard } from "../app/services/reports.server";

/** The notification worker as the environment configures it, for the web server (RUN_WORKER) and `npm run worker`. */
export function startNotificationsFromConfig(
  config: Config,
  databaseUrl: string,
  db: Database,
  logger: Logger,
): Promise<NotificationWorker> {
  const clock = createScreeningClock(defaultScreeningTimelinessPolicy);
  return startNotificationWorker({
    databaseUrl,
    db,
    channel: mailChannelFromConfig(config, db, logger),
    logger: logger.child({ module: "notifications" }),
    queueOptions: queueOptionsFromConfig(),
    contactDeadlineWarningMinutes: config.CONTACT_DEADLINE_WARNING_MINUTES,
    reviews: {
      policy: {
        intervalWeeks: config.EARLY_HELP_REVIEW_INTERVAL_WEEKS,
        dueSoonWorkingDays: config.EARLY_HELP_REVIEW_DUE_SOON_WORKING_DAYS,
      },
      addWorkingDays: (from, days) => clock.addWorkingDays(from, days),
    },
    refreshReports: refreshDefaultDashboard,
  });
}
