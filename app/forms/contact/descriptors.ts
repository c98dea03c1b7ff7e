import { z } from "zod";
import type { ThresholdDocument } from "~/domain/thresholds/document";
import { key } from "./messages";

/**
 * The needs the referrer recognises, as descriptor ids from the current
 * threshold document. Built per document so that a draft started before a new
 * version was published is caught when it is checked, not at the MASH.
 */
export function descriptorsSchema(document: ThresholdDocument) {
  let schema = byDocument.get(document);
  if (!schema) {
    schema = buildDescriptorsSchema(document);
    byDocument.set(document, schema);
  }
  return schema;
}

// Built once per document (the server keeps one parsed copy of each version): zod schemas are costly to build.
const byDocument = new WeakMap<ThresholdDocument, ReturnType<typeof buildDescriptorsSchema>>();

function buildDescriptorsSchema(document: ThresholdDocument) {
  const known = new Set(document.descriptors.map((descriptor) => descriptor.id));
  return z.object({
    descriptorIds: z
      .array(z.string(), { error: key("contact.descriptors.required") })
      .min(1, key("contact.descriptors.required"))
      .transform((ids) => [...new Set(ids)])
      .refine((ids) => ids.every((id) => known.has(id)), key("contact.descriptors.unknown")),
  });
}

export type DescriptorsAnswers = z.output<ReturnType<typeof descriptorsSchema>>;
