import { request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import compression from "compression";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { testContext } from "#tests/support/auth-factories";
import { serverBuildOf } from "#tests/support/server-build";
import { remixHandler } from "./remix-handler";

const servers: { close: () => void }[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** A Remix app of one page, whose body is what `body` streams, behind the server's compression. */
async function serve(body: () => ReadableStream<Uint8Array>): Promise<string> {
  const build = serverBuildOf(
    // A page (it has a component), so the entry module draws it.
    { root: { id: "root", path: "", module: { default: () => null } } },
    () => new Response(body(), { headers: { "Content-Type": "text/html; charset=utf-8" } }),
  );
  const app = express();
  app.use(compression());
  app.all("*", remixHandler({ build, mode: "production", getLoadContext: () => testContext }));
  const server = app.listen(0, "127.0.0.1");
  servers.push(server);
  await new Promise((resolve) => server.once("listening", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** The page as a browser asks for it (gzip), the raw response, before anything decompresses it. */
function getGzipped(url: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers: { "Accept-Encoding": "gzip" } }, resolve)
      .on("error", reject)
      .end();
  });
}

async function bytesOf(response: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const encoder = new TextEncoder();
/** About 70 KB of table rows, like the MASH queue page's. */
const rows = Array.from(
  { length: 400 },
  (_, index) =>
    `<tr class="govuk-table__row"><td class="govuk-table__cell">FD-${String(index).padStart(6, "0")}</td></tr>`,
).join("\n");

describe("sending a page", () => {
  it("compresses what React writes at once as a whole, not 2 KB at a time", async () => {
    const page = encoder.encode(rows);
    const url = await serve(
      () =>
        new ReadableStream({
          start(controller) {
            for (let offset = 0; offset < page.length; offset += 2048)
              controller.enqueue(page.slice(offset, offset + 2048));
            controller.close();
          },
        }),
    );
    const response = await getGzipped(url);
    expect(response.headers["content-encoding"]).toBe("gzip");
    const sent = await bytesOf(response);
    expect(gunzipSync(sent).toString()).toBe(rows);
    // Flushed after every chunk, the same page went out in more than twice the bytes.
    expect(sent.length).toBeLessThan(gzipSync(page).length * 1.1);
  });

  it("still sends what has arrived before the rest of the page is ready", async () => {
    let release = () => {};
    const rest = new Promise<void>((resolve) => (release = resolve));
    const url = await serve(
      () =>
        new ReadableStream({
          async start(controller) {
            controller.enqueue(encoder.encode("<p>The shell</p>"));
            await rest;
            controller.enqueue(encoder.encode("<p>The rest</p>"));
            controller.close();
          },
        }),
    );
    const response = await getGzipped(url);
    // The shell reaches the browser while the rest is still waited for: the page would never finish otherwise.
    const first = await new Promise<Buffer>((resolve) =>
      response.once("data", (chunk: Buffer) => {
        response.pause();
        resolve(chunk);
      }),
    );
    expect(first.length).toBeGreaterThan(0);
    release();
    const sent = Buffer.concat([first, await bytesOf(response)]);
    expect(gunzipSync(sent).toString()).toBe("<p>The shell</p><p>The rest</p>");
  });
});
