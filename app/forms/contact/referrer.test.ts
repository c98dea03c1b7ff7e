import { describe, expect, it } from "vitest";
import { submit } from "~/forms/test-support";
import { referrerSchema } from "./referrer";

const valid = {
  name: " Priya Shah ",
  role: "Designated safeguarding lead",
  organisation: "Northmoor Primary School",
  phone: "01632 960 001",
  email: "p.shah@northmoor-primary.example",
};

describe("referrerSchema", () => {
  it("accepts a complete referrer, trimmed", () => {
    expect(submit(referrerSchema, valid).value).toEqual({ ...valid, name: "Priya Shah" });
  });

  it("requires every field", () => {
    expect(submit(referrerSchema, { name: "  " }).errors).toEqual({
      name: ["contact.referrer.name.required"],
      role: ["contact.referrer.role.required"],
      organisation: ["contact.referrer.organisation.required"],
      phone: ["contact.referrer.phone.required"],
      email: ["contact.referrer.email.required"],
    });
  });

  it.each(["07700 900 982", "+44 808 157 0192", "+44 (0)1632 960001", "0161-496-0000 ext 123", "+353 1 234 5678"])(
    "accepts the phone number %s",
    (phone) => {
      expect(submit(referrerSchema, { ...valid, phone }).value?.phone).toBe(phone);
    },
  );

  it.each(["12345", "01632 9600", "phone me", "+44 1632"])("rejects the phone number %s", (phone) => {
    expect(submit(referrerSchema, { ...valid, phone }).errors).toEqual({ phone: ["contact.referrer.phone.invalid"] });
  });

  it.each(["name@", "name.example.com", "name @example.com", "name@example"])(
    "rejects the email address %s",
    (email) => {
      expect(submit(referrerSchema, { ...valid, email }).errors).toEqual({ email: ["contact.referrer.email.invalid"] });
    },
  );

  it("limits the length of names", () => {
    expect(submit(referrerSchema, { ...valid, name: "x".repeat(101) }).errors).toEqual({
      name: ["contact.referrer.name.tooLong"],
    });
  });
});
