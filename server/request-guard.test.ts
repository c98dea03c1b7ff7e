import { describe, expect, it } from "vitest";
import { bodyLimitFor, formBodyLimitBytes, screenRequest } from "./request-guard";

const megabyte = 1024 * 1024;

/** A multipart body of the given size that counts how much of it was ever read. */
function hugeMultipart(bytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { body, read: () => sent };
}

function post(path: string, body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { "content-type": "multipart/form-data; boundary=x", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
}

describe("body size limits", () => {
  it("refuses a 60 MB multipart sign-in by its declared length, reading none of it", async () => {
    const huge = hugeMultipart(60 * megabyte);
    const answer = await screenRequest(post("/sign-in", huge.body, { "content-length": String(60 * megabyte) }));
    expect(answer).toBe(413);
    expect(huge.read()).toBeLessThanOrEqual(64 * 1024);
  });

  it("refuses a 60 MB sign-in sent without a length once the limit is passed, holding no more than the limit", async () => {
    const before = process.memoryUsage();
    const huge = hugeMultipart(60 * megabyte);
    expect(await screenRequest(post("/sign-in", huge.body))).toBe(413);
    // It stopped reading just past the limit: the other 59.7 MB were never asked for.
    expect(huge.read()).toBeLessThan(formBodyLimitBytes + 256 * 1024);
    const after = process.memoryUsage();
    expect(after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers)).toBeLessThan(20 * megabyte);
  });

  it("gives the threshold document upload its own, larger limit", async () => {
    expect(bodyLimitFor("/admin/thresholds")).toBe(4 * megabyte);
    expect(bodyLimitFor("/admin/thresholds.data")).toBe(4 * megabyte);
    expect(bodyLimitFor("/sign-in")).toBe(formBodyLimitBytes);
    expect(bodyLimitFor("/report-a-concern")).toBe(64 * 1024);
    const file = new FormData();
    file.append("file", new File([new Uint8Array(megabyte).fill(0x20)], "thresholds.json"));
    const screened = await screenRequest(
      new Request("http://localhost/admin/thresholds?index", { method: "POST", body: file }),
    );
    expect(screened).toBeInstanceOf(Request);
    expect(((await (screened as Request).formData()).get("file") as File).size).toBe(megabyte);
  });
});

describe("what a body may be", () => {
  it("keeps a form as sent, dropping only NUL bytes", async () => {
    const screened = (await screenRequest(
      new Request("http://localhost/sign-in", {
        method: "POST",
        body: new URLSearchParams({ email: "sam\u0000@example.org", password: "a+b c%" }),
      }),
    )) as Request;
    const form = await screened.formData();
    expect(form.get("email")).toBe("sam@example.org");
    expect(form.get("password")).toBe("a+b c%");
  });

  it("drops NUL bytes from multipart fields but keeps files whole", async () => {
    const sent = new FormData();
    sent.append("name", "Sam\u0000");
    sent.append("file", new File([new Uint8Array([0, 1, 0])], "a.bin"));
    const form = await (
      (await screenRequest(new Request("http://localhost/admin/thresholds", { method: "POST", body: sent }))) as Request
    ).formData();
    expect(form.get("name")).toBe("Sam");
    expect(new Uint8Array(await (form.get("file") as File).arrayBuffer())).toEqual(new Uint8Array([0, 1, 0]));
  });

  it("refuses JSON and other bodies that are not forms", async () => {
    for (const type of ["application/json", "text/plain", "application/xml"]) {
      const request = new Request("http://localhost/sign-in", {
        method: "POST",
        headers: { "content-type": type },
        body: '{"email":"a"}',
      });
      expect(await screenRequest(request)).toBe(400);
    }
  });

  it("refuses a multipart body it cannot read", async () => {
    const request = new Request("http://localhost/sign-in", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=nope" },
      body: "not multipart at all",
    });
    expect(await screenRequest(request)).toBe(400);
  });

  it("reads a post with nothing in it as an empty form", async () => {
    const screened = (await screenRequest(new Request("http://localhost/sign-out", { method: "POST" }))) as Request;
    expect([...(await screened.formData())]).toEqual([]);
  });
});
