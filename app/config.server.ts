import { isIP } from "node:net";
import { availableParallelism } from "node:os";
import { z } from "zod";
import { notificationTemplates } from "./domain/notifications/templates";
import { isUuid } from "./domain/uuid";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => ["true", "1", "yes"].includes(value));

/**
 * Which proxies in front of the portal may say who the client is (X-Forwarded-For): none (`false`, the
 * default), the number of proxies in front (`1`), or their addresses and subnets (`10.0.0.1, 10.1.0.0/16`,
 * or Express's names `loopback`, `linklocal`, `uniquelocal`). `true` is refused: it believes any client.
 */
const trustProxySetting = z
  .string()
  .trim()
  .transform((value, context): false | number | string[] => {
    if (value === "false" || value === "0" || value === "") return false;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(",").map((entry) => entry.trim());
    const named = new Set(["loopback", "linklocal", "uniquelocal"]);
    const valid = (entry: string) => {
      if (named.has(entry)) return true;
      const [address, bits, ...rest] = entry.split("/");
      if (rest.length > 0 || !address || isIP(address) === 0) return false;
      return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128));
    };
    const invalid = entries.filter((entry) => !valid(entry));
    if (invalid.length > 0) {
      context.addIssue({
        code: "custom",
        message: `must be false, the number of proxies in front of the portal, or their addresses (not ${invalid.map((entry) => JSON.stringify(entry)).join(", ")})`,
      });
      return z.NEVER;
    }
    return entries;
  });

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Web worker processes the supervisor keeps running, each sharing PORT; unset, see `webWorkerCount`. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(32).optional(),
  /** The address people use to reach the portal; links in emails start with it. */
  APP_URL: z.url().optional(),
  TRUST_PROXY: trustProxySetting.default(false),
  /** The portal's own role: reads and writes rows, nothing more (ADR 16). */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** A read replica (or any read-only copy) of the same database for the report figures and exports. */
  REPORTS_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** How old a report's windowed figures may be before a page works them out again. */
  REPORT_SNAPSHOT_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
  /** The longest one report query may run before PostgreSQL cancels it. */
  REPORT_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Named prepared statements; `false` only behind a pooler in transaction mode that cannot keep them. */
  DATABASE_PREPARED_STATEMENTS: booleanFlag.default(true),
  /** The schema's owner, for the migrations at start; DATABASE_URL's role is then granted what it needs. */
  MIGRATION_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(5433),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  ADMIN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(15),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  /** How long before the idle timeout people are warned and offered more time. */
  SESSION_WARNING_MINUTES: z.coerce.number().int().min(1).default(2),
  PARTNER_TWO_FACTOR_REQUIRED: booleanFlag.default(true),
  /** Wrong passwords for one email address before it is locked for SIGN_IN_LOCK_MINUTES. */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  /** Sign-in, two-factor and reset attempts from one IP address in a minute. */
  SIGN_IN_IP_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  /** Wrong two-factor or recovery codes for one account in 30 minutes before it is locked for 30 minutes. */
  TWO_FACTOR_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  INVITATION_EXPIRY_HOURS: z.coerce.number().int().min(1).default(72),
  PASSWORD_RESET_EXPIRY_MINUTES: z.coerce.number().int().min(5).default(60),
  DEMO_PASSWORD: z.string().min(12).default("front-door-demo-2026"),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().default("Front Door <no-reply@frontdoor.northmoor.example>"),
  NOTIFY_API_KEY: z.string().optional(),
  /** GOV.UK Notify's template id for each message, as JSON: {"contactAcknowledged": "<uuid>", ...}. */
  NOTIFY_TEMPLATE_IDS: z
    .string()
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: "must be a JSON object of template names to template ids" });
        return z.NEVER;
      }
    })
    .pipe(z.partialRecord(z.enum(notificationTemplates), z.string().refine(isUuid, "must be a uuid")))
    .optional(),
  NOTIFY_BASE_URL: z.url().default("https://api.notifications.service.gov.uk"),
  /** Notify's client waits for ever unless told otherwise. */
  NOTIFY_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(120).default(10),
  SMTP_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(120).default(20),
  /** Run the notification worker (and scheduled reminders) inside the web server; `npm run worker` runs it alone. */
  RUN_WORKER: booleanFlag.default(true),
  /** How long before a contact's decision is due its screener (or the MASH managers) are reminded. */
  CONTACT_DEADLINE_WARNING_MINUTES: z.coerce.number().int().min(1).default(120),
  /**
   * The council's words for early help: "early_help" (early help plan, lead professional) or, after
   * the Families First reforms, "family_help" (Family Help plan, Family Help lead practitioner).
   */
  EARLY_HELP_VOCABULARY: z.enum(["early_help", "family_help"]).default("early_help"),
  /** With the Family Help vocabulary, whether child in need (section 17) plans are run in the same model. */
  EARLY_HELP_CHILD_IN_NEED_PLANS: booleanFlag.default(false),
  /** Weeks from one plan review to the next, unless the team agrees another date. */
  EARLY_HELP_REVIEW_INTERVAL_WEEKS: z.coerce.number().int().min(1).max(52).default(6),
  /** Working days before a review is due when plans start showing "review due soon". */
  EARLY_HELP_REVIEW_DUE_SOON_WORKING_DAYS: z.coerce.number().int().min(0).default(5),
  /** The coordinator's view flags plans open for longer than this many months. */
  EARLY_HELP_OPEN_LONGER_THAN_MONTHS: z.coerce.number().int().min(1).default(12),
  /** Working days the early help manager has to accept or return a step-down request. */
  STEP_DOWN_RESPONSE_WORKING_DAYS: z.coerce.number().int().min(1).default(5),
});

/** Settings that only make sense together. */
const checkedEnvironmentSchema = environmentSchema.superRefine((settings, context) => {
  if (settings.NODE_ENV === "production" && !settings.SMTP_URL && !settings.NOTIFY_API_KEY) {
    context.addIssue({
      code: "custom",
      path: ["SMTP_URL"],
      message: "production needs a way to send email: set SMTP_URL or NOTIFY_API_KEY",
    });
  }
  if (settings.MIGRATION_DATABASE_URL && !settings.DATABASE_URL) {
    context.addIssue({
      code: "custom",
      path: ["MIGRATION_DATABASE_URL"],
      message: "needs DATABASE_URL as well: the portal's own role on the same database",
    });
  }
  if (settings.NOTIFY_API_KEY) {
    const missing = notificationTemplates.filter((template) => !settings.NOTIFY_TEMPLATE_IDS?.[template]);
    if (missing.length > 0) {
      context.addIssue({
        code: "custom",
        path: ["NOTIFY_TEMPLATE_IDS"],
        message: `GOV.UK Notify needs a template id for ${missing.join(", ")}`,
      });
    }
  }
});

export type Config = z.infer<typeof environmentSchema> & { appUrl: string };

export class ConfigurationError extends Error {}

/** Reads the environment once; each problem names the variable so an operator can fix it. */
export function readConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const result = checkedEnvironmentSchema.safeParse(environment);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigurationError(`Front Door cannot start: the environment is not valid.\n${problems.join("\n")}`);
  }
  const parsed = result.data;
  return { ...parsed, appUrl: parsed.APP_URL ?? `http://localhost:${parsed.PORT}` };
}

/** Past this many cores a default of one worker each gains little and costs memory (250 MB a worker). */
const defaultWebConcurrencyCap = 8;

/**
 * How many web workers `npm start` runs: WEB_CONCURRENCY when set; otherwise
 * one per core, up to eight; and one for `npm run dev`, whose every worker
 * would start a Vite server of its own.
 */
export function webWorkerCount(
  settings: Pick<Config, "WEB_CONCURRENCY">,
  { development = false, cores = availableParallelism() }: { development?: boolean; cores?: number } = {},
): number {
  if (settings.WEB_CONCURRENCY !== undefined) return settings.WEB_CONCURRENCY;
  if (development) return 1;
  return Math.max(1, Math.min(defaultWebConcurrencyCap, cores));
}

let cached: Config | undefined;
export function config(): Config {
  cached ??= readConfig();
  return cached;
}
