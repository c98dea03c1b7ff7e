import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

/**
 * Submits fields to a schema the way the browser and Conform do (FormData in,
 * empty boxes stripped, numbers coerced), so form tests exercise what users
 * actually hit. Test code only: the schemas themselves know nothing of Conform.
 */
export function submit<Schema extends z.ZodType>(schema: Schema, fields: Record<string, string | string[]>) {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) formData.append(name, item);
  }
  const submission = parseWithZod(formData, { schema });
  return submission.status === "success"
    ? { value: submission.value as z.output<Schema>, errors: undefined }
    : { value: undefined, errors: submission.reply().error ?? {} };
}
