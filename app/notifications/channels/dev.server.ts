import type { Logger } from "pino";
import type { Queryable } from "#db/connection";
import { devMail } from "#db/schema";
import type { MailChannel } from "./channel";

/**
 * Development delivery, when neither SMTP_URL nor NOTIFY_API_KEY is set: the
 * message goes to `dev_mail` (shown at /dev/mail) and to the log. Given the
 * caller's transaction, it is delivered exactly when the change commits.
 */
export function createDevChannel(queryable: Queryable, logger: Logger, options: { logBody: boolean }): MailChannel {
  return {
    name: "dev",
    async send(email) {
      await queryable.insert(devMail).values({
        recipient: email.to.toLowerCase(),
        template: email.template,
        personalisation: email.personalisation,
      });
      if (options.logBody) {
        logger.info(
          { to: email.to, template: email.template, subject: email.subject },
          `email to ${email.to}\n${email.body}`,
        );
      } else {
        // Addresses and links are personal data and secrets: name the template only.
        logger.info({ template: email.template }, "email stored for /dev/mail");
      }
      return { providerReference: null };
    },
    async close() {},
  };
}
