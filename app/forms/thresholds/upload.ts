import { z } from "zod";

/** A threshold document is a few hundred kilobytes; anything much bigger is the wrong file. */
export const maxThresholdFileBytes = 2 * 1024 * 1024;

/**
 * The upload form. This only checks that a file of a sensible size was
 * chosen; what is inside it is checked by the threshold document schema on
 * the server, which names each bad entry.
 */
export const thresholdUploadSchema = z.object({
  file: z
    .instanceof(File, { error: "adminThresholds.upload.file.required" })
    .refine((file) => file.size > 0, "adminThresholds.upload.file.required")
    .refine((file) => file.size <= maxThresholdFileBytes, "adminThresholds.upload.file.tooLarge"),
});
