import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { refusalReply } from "./reply.server";

function submitted(reason: string) {
  const formData = new FormData();
  formData.set("reason", reason);
  return parseWithZod(formData, { schema: z.object({ reason: z.string() }) });
}

describe("a MASH use-case's refusal", () => {
  it("is a 409 that puts the reason above the form and keeps what was typed", () => {
    const reply = refusalReply(submitted("Same child"), { error: "workflow.error.alreadyClaimed" });
    expect(reply.init?.status).toBe(409);
    expect(reply.data.error).toEqual({ "": ["workflow.error.alreadyClaimed"] });
    expect(reply.data.initialValue).toEqual({ reason: "Same child" });
  });

  it("is a 404 when the record is not there", () => {
    let thrown: unknown;
    try {
      refusalReply(submitted("Same child"), { error: "notFound" });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(404);
  });
});
