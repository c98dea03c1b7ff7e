import { desc } from "drizzle-orm";
import { devMail } from "#db/schema";
import { db } from "~/db.server";
import { messageTemplates, renderMessage, type MessageTemplate } from "~/mail/mailer.server";

/** The latest emails the development mailer kept, as their recipients would read them. */
export async function latestDevMail(limit = 50) {
  const rows = await db().select().from(devMail).orderBy(desc(devMail.createdAt)).limit(limit);
  return rows.map((row) => {
    const known = (messageTemplates as readonly string[]).includes(row.template);
    const rendered = known
      ? renderMessage(row.template as MessageTemplate, row.personalisation)
      : { subject: row.template, body: JSON.stringify(row.personalisation, null, 2) };
    return { id: row.id, to: row.recipient, template: row.template, sentAt: row.createdAt, ...rendered };
  });
}
