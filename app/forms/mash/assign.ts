import { z } from "zod";
import { key } from "./fields";
import { uuid } from "~/forms/uuid";

export const assignSchema = z.object({
  screenerId: uuid(key("mash.assign.screener.required")),
});
