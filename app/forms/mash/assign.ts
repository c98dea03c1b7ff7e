import { z } from "zod";
import { key } from "./fields";

export const assignSchema = z.object({
  screenerId: z.uuid({ error: key("mash.assign.screener.required") }),
});
