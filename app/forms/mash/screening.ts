import { z } from "zod";
import { ragRatings } from "~/domain/mash/rag";
import { key, recordId } from "./fields";

/** The buttons on the screening page: each says what it does in `intent`. */
export const screeningActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("claim") }),
  z.object({ intent: z.literal("release") }),
  z.object({ intent: z.literal("rate"), rag: z.enum(ragRatings, { error: key("mash.contact.rag.required") }) }),
  z.object({ intent: z.literal("link"), childId: recordId, personId: recordId }),
  z.object({ intent: z.literal("createPerson"), childId: recordId }),
]);
