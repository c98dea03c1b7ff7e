import { z } from "zod";
import { key, requiredText } from "./fields";

/** Approve, or return with a comment: the comment is what the screener needs to do next. */
export const signOffSchema = z.discriminatedUnion(
  "result",
  [
    z.object({ result: z.literal("approve") }),
    z.object({
      result: z.literal("return"),
      comment: requiredText(
        { required: key("workflow.error.returnCommentRequired"), tooLong: key("mash.signOff.comment.tooLong") },
        2000,
      ),
    }),
  ],
  { error: key("mash.signOff.answer.required") },
);
