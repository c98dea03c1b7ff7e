import { z } from "zod";
import { suggestedLevelRuleSchema } from "./suggested-level";

/**
 * A threshold document is written and uploaded by a council's admin, not by a
 * developer, so every error has to say in plain English which entry is wrong
 * and why. Keys are strict: a misspelt field ("keyword") is reported rather
 * than silently ignored.
 */

/** Ids are stored in saved contacts, so they must survive copy-editing of the wording: short, lowercase, hyphenated. */
const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must use lowercase letters, numbers and hyphens only, like "neglect-4-hygiene"',
  );

const textSchema = z.string().trim().min(1, "must not be empty");

const levelSchema = z.strictObject({
  level: z.number().int().positive(),
  name: textSchema,
  summary: textSchema,
  whatToDo: textSchema,
  /** Early help rests on the family's agreement; statutory levels do not, so the contact form asks for consent only where this is true. */
  consentRequired: z.boolean(),
});

const domainSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  summary: textSchema,
});

const descriptorSchema = z.strictObject({
  id: idSchema,
  domain: z.string(),
  level: z.number().int(),
  text: textSchema,
  examples: z.array(textSchema).optional(),
  keywords: z.array(textSchema).optional(),
});

const thresholdDocumentSchema = z.strictObject({
  council: textSchema,
  partnership: textSchema,
  title: textSchema,
  version: z.string().regex(/^\d{4}\.\d+$/, 'must look like "2026.1" (the year, a full stop, then a revision number)'),
  publishedOn: z.iso.date({
    error: (issue) =>
      issue.input === undefined ? undefined : 'must be a date written as YYYY-MM-DD, like "2026-04-01"',
  }),
  suggestedLevelRule: suggestedLevelRuleSchema.default({ rule: "highest" }),
  levels: z.array(levelSchema).min(2),
  domains: z.array(domainSchema).min(1),
  descriptors: z.array(descriptorSchema).min(1),
});

export type ThresholdDocument = z.output<typeof thresholdDocumentSchema>;
export type ThresholdLevel = ThresholdDocument["levels"][number];
export type ThresholdDomain = ThresholdDocument["domains"][number];
export type ThresholdDescriptor = ThresholdDocument["descriptors"][number];

export type ParseThresholdDocumentResult = { ok: true; document: ThresholdDocument } | { ok: false; errors: string[] };

export function parseThresholdDocument(raw: unknown): ParseThresholdDocumentResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      errors: [
        "The file must contain a single JSON object with council, title, version, levels, domains and descriptors",
      ],
    };
  }
  const parsed = thresholdDocumentSchema.safeParse(raw, { error: describeIssue });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${entryLabel(raw, issue.path)}: ${issue.message}`),
    };
  }
  const errors = crossReferenceErrors(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, document: parsed.data };
}

export function findDescriptor(document: ThresholdDocument, id: string): ThresholdDescriptor | undefined {
  return document.descriptors.find((descriptor) => descriptor.id === id);
}

export function findLevel(document: ThresholdDocument, level: number): ThresholdLevel | undefined {
  return document.levels.find((candidate) => candidate.level === level);
}

/** Zod's own messages are written for developers; these are for the person who edited the file. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "is missing" : `must be ${expectedInWords(issue.expected)}`;
    case "too_small":
      if (issue.origin === "array") return `must have at least ${String(issue.minimum)} entries`;
      if (issue.origin === "number") return `must be ${String(issue.minimum)} or more`;
      return undefined;
    case "unrecognized_keys":
      return `has ${issue.keys.length === 1 ? "a field" : "fields"} this format does not use: ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    default:
      return undefined;
  }
}

function expectedInWords(expected: string): string {
  const words: Record<string, string> = {
    string: "text in quotes",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    array: "a list in square brackets",
    object: "an object in curly brackets",
  };
  return words[expected] ?? expected;
}

/**
 * Turns `["descriptors", 12, "level"]` into `descriptors[12] (id "neglect-4-hygiene").level`,
 * because an admin finds an entry in a long file by its id, not by counting.
 */
function entryLabel(raw: object, path: readonly PropertyKey[]): string {
  if (path.length === 0) return "The document";
  let label = "";
  let node: unknown = raw;
  for (const segment of path) {
    if (typeof segment === "number") {
      node = Array.isArray(node) ? node[segment] : undefined;
      label += `[${segment}]${nameOf(node)}`;
    } else {
      node = typeof node === "object" && node !== null ? (node as Record<PropertyKey, unknown>)[segment] : undefined;
      label += label === "" ? String(segment) : `.${String(segment)}`;
    }
  }
  return label;
}

function nameOf(entry: unknown): string {
  if (typeof entry !== "object" || entry === null) return "";
  const { id, name } = entry as { id?: unknown; name?: unknown };
  if (typeof id === "string") return ` (id "${id}")`;
  if (typeof name === "string") return ` ("${name}")`;
  return "";
}

/** Checks that a schema cannot express: ids are unique and every reference points at something that exists. */
function crossReferenceErrors(document: ThresholdDocument): string[] {
  const errors: string[] = [];

  document.levels.forEach((level, index) => {
    if (level.level !== index + 1) {
      errors.push(
        `levels[${index}] ("${level.name}"): level ${level.level} is out of order. Levels must be numbered 1, 2, 3 and so on, lowest need first, so this one should be level ${index + 1}`,
      );
    }
  });

  errors.push(...duplicateIdErrors("domains", document.domains));
  errors.push(...duplicateIdErrors("descriptors", document.descriptors));

  const levelNumbers = new Set(document.levels.map((level) => level.level));
  const domainIds = new Set(document.domains.map((domain) => domain.id));
  const domainList = [...domainIds].map((id) => `"${id}"`).join(", ");
  document.descriptors.forEach((descriptor, index) => {
    const label = `descriptors[${index}] (id "${descriptor.id}")`;
    if (!levelNumbers.has(descriptor.level)) {
      errors.push(`${label}: level ${descriptor.level} is not a level in this document`);
    }
    if (!domainIds.has(descriptor.domain)) {
      errors.push(
        `${label}: domain "${descriptor.domain}" is not a domain in this document (the domains are ${domainList})`,
      );
    }
  });

  return errors;
}

function duplicateIdErrors(listName: string, entries: readonly { id: string }[]): string[] {
  const firstIndex = new Map<string, number>();
  const errors: string[] = [];
  entries.forEach((entry, index) => {
    const earlier = firstIndex.get(entry.id);
    if (earlier === undefined) {
      firstIndex.set(entry.id, index);
    } else {
      errors.push(
        `${listName}[${index}] (id "${entry.id}"): the id "${entry.id}" is already used by ${listName}[${earlier}]; each id must be unique`,
      );
    }
  });
  return errors;
}
