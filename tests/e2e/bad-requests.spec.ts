import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

/**
 * The server as it runs, sent what no browser of this service sends: each is
 * answered with a GOV.UK page and a 4xx, and the server stays up.
 */
const origin = () => `http://localhost:${process.env.E2E_PORT}`;

/** Sends a body of `megabytes` in 64 KB chunks, declared or chunked, and resolves with the status and page. */
function postHuge(path: string, megabytes: number, declareLength: boolean): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const total = megabytes * 1024 * 1024;
    const headers: Record<string, string> = {
      "content-type": "multipart/form-data; boundary=x",
      origin: origin(),
    };
    if (declareLength) headers["content-length"] = String(total);
    const outgoing = httpRequest(`${origin()}${path}`, { method: "POST", headers }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (text: string) => (body += text));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    // The server may close the connection as soon as it has answered.
    outgoing.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    const write = () => {
      while (sent < total && !outgoing.destroyed) {
        sent += chunk.length;
        if (!outgoing.write(chunk)) return void outgoing.once("drain", write);
      }
      outgoing.end();
    };
    write();
  });
}

test("a 60 MB sign-in is refused with 413 and a clear page, and the server stays up", async ({ request }) => {
  for (const declareLength of [true, false]) {
    const answer = await postHuge("/sign-in", 60, declareLength);
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("What you sent is too large");
  }
  expect((await request.get("/healthz")).status()).toBe(200);
});

test("a JSON body posted to a form is refused with 400 and a clear page", async ({ request }) => {
  const response = await request.post("/sign-in", {
    headers: { origin: origin(), "content-type": "application/json" },
    data: JSON.stringify({ email: "a@example.org", password: "x" }),
  });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("The service could not read what was sent");
});

test("a NUL in an address is not found", async ({ request }) => {
  const response = await request.get("/contacts/FD-%00");
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain("Page not found");
});

test("a NUL in a sign-in field gets the sign-in page's own answer", async ({ request }) => {
  const response = await request.post("/sign-in", {
    headers: { origin: origin() },
    form: { email: "nobody\u0000@example.org", password: "wrong\u0000password" },
  });
  expect(response.status()).toBeLessThan(500);
  expect(await response.text()).toContain("nobody@example.org");
});
