import { z } from "zod";
import { informationCheckAgencies } from "~/domain/mash/agencies";
import { key, requiredText } from "./fields";

export const checkRequestSchema = z.object({
  agency: z.enum(informationCheckAgencies, { error: key("mash.checkRequest.agency.required") }),
  question: requiredText(
    { required: key("mash.checkRequest.question.required"), tooLong: key("mash.checkRequest.question.tooLong") },
    2000,
  ),
});

export const checkAnswerSchema = z.object({
  answer: requiredText(
    { required: key("mash.answerCheck.answer.required"), tooLong: key("mash.answerCheck.answer.tooLong") },
    5000,
  ),
});
