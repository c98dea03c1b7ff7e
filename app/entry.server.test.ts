import { createStaticHandler } from "@remix-run/router";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createElement } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import handleRequest from "./entry.server";

/** A build of one page, as Remix hands it to the entry to draw. */
async function onePage(): Promise<EntryContext> {
  const staticHandlerContext = await createStaticHandler([{ id: "root", path: "" }]).query(
    new Request("http://localhost/"),
  );
  if (staticHandlerContext instanceof Response) throw new Error("The page did not match.");
  return {
    manifest: {
      routes: { root: { id: "root", path: "", module: "", hasAction: false, hasLoader: false } },
      entry: { module: "", imports: [] },
      url: "",
      version: "1",
    },
    routeModules: { root: { default: () => createElement("p", null, "A page") } },
    staticHandlerContext,
    serverHandoffString: "{}",
    future: {},
    isSpaMode: false,
    serializeError: (error: Error) => ({ message: error.message }),
  } as unknown as EntryContext;
}

describe("drawing a page", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lets go of the render once the page is sent: no timer is left to abort it, holding the page's data", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const page = await handleRequest(new Request("http://localhost/"), 200, new Headers(), await onePage(), {
      cspNonce: "nonce",
    } as AppLoadContext);
    expect(await page.text()).toContain("A page");
    expect(vi.getTimerCount()).toBe(0);
  });
});
