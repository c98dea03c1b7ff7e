import { sql } from "drizzle-orm";
import {
  bigint,
  customType,
  index,
  inet,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

/** Raw bytes: hashes and two-factor secrets are stored as bytes, not as text encodings of them. */
const bytea = customType<{ data: Uint8Array; driverData: Buffer }>({
  dataType: () => "bytea",
  toDriver: (value) => Buffer.from(value),
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * How far a session has got: after the password, it may only be used to give
 * a two-factor code (or to enrol one); only a `signed_in` session reaches the service.
 */
export const sessionStages = ["two_factor", "two_factor_enrolment", "signed_in"] as const;
export const sessionStage = pgEnum("session_stage", sessionStages);

/**
 * Sessions as the Lucia guide sets them out: the cookie holds `<id>.<secret>`;
 * only the SHA-256 of the secret is kept, so a copy of this table cannot be used to sign in.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    secretHash: bytea("secret_hash").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    stage: sessionStage("stage").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    lastActiveAt: timestamp("last_active_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    /** Slides forward with use, never past `absoluteExpiresAt`. */
    idleExpiresAt: timestamp("idle_expires_at", { withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp("absolute_expires_at", { withTimezone: true }).notNull(),
    ipAddress: inet("ip_address"),
    userAgent: text("user_agent"),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

/** A user's authenticator app. `lastUsedStep` is the last accepted 30-second step, so no code works twice. */
export const twoFactorCredentials = pgTable("two_factor_credentials", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secret: bytea("secret"),
  enrolledAt: timestamp("enrolled_at", { withTimezone: true }),
  lastUsedStep: bigint("last_used_step", { mode: "number" }),
  /** Shown as a QR code while the user sets up an app; becomes `secret` once they prove it with a code. */
  pendingSecret: bytea("pending_secret"),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .default(sql`now()`),
});

/** Single-use codes for when the authenticator app is lost; only their SHA-256 is kept. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: bytea("code_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (table) => [index("recovery_codes_user_idx").on(table.userId)],
);

export const oneTimeTokenPurposes = ["invitation", "password_reset"] as const;
export const oneTimeTokenPurpose = pgEnum("one_time_token_purpose", oneTimeTokenPurposes);

/** Invitation and password reset links: single use, expiring, and stored only as a SHA-256 hash. */
export const oneTimeTokens = pgTable(
  "one_time_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    purpose: oneTimeTokenPurpose("purpose").notNull(),
    tokenHash: bytea("token_hash").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`now()`),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("one_time_tokens_hash_idx").on(table.tokenHash),
    index("one_time_tokens_user_idx").on(table.userId, table.purpose),
  ],
);

/**
 * Counters for sign-in throttling, kept in PostgreSQL so that they survive a
 * restart and are shared by every app server. One row per key ("ip:…",
 * "account:…", "two-factor:…"): failures in the current window, and a lock.
 */
export const authThrottles = pgTable("auth_throttles", {
  key: text("key").primaryKey(),
  hits: integer("hits").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true })
    .notNull()
    .default(sql`now()`),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

export type SessionRow = typeof sessions.$inferSelect;
export type SessionStage = (typeof sessionStages)[number];
