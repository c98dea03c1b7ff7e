import { z } from "zod";
import { key, requiredText } from "./fields";

export const unlinkSchema = z.object({
  reason: requiredText(
    { required: key("mash.unlink.reason.required"), tooLong: key("mash.unlink.reason.tooLong") },
    1000,
  ),
});
