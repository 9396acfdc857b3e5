import { afterEach, describe, expect, it } from "vitest";
import { customerExample, MOCK_CUSTOMER_ID } from "../src/index.js";
import { startMockServer, type MockServer } from "../src/server.js";

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("startMockServer", () => {
  it("serves the handlers over real HTTP on a free loopback port", async () => {
    server = await startMockServer();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    const response = await fetch(`${server.url}/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: { Authorization: "Bearer t" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual(customerExample);
  });

  it("streams a PATCH body through to the handlers", async () => {
    server = await startMockServer();
    const response = await fetch(`${server.url}/v1/servicerequests/616122292874576`, {
      method: "PATCH",
      headers: { Authorization: "Bearer t", "Content-Type": "application/json" },
      body: JSON.stringify({ NewNote: { Text: "over HTTP" } }),
    });
    expect(response.status).toBe(200);
    expect((await response.json()).notes.at(-1).text).toBe("over HTTP");
  });

  it("answers an unknown route with the gateway's 404 body", async () => {
    server = await startMockServer();
    const response = await fetch(`${server.url}/v1/nothing-here`, { headers: { Authorization: "Bearer t" } });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ statusCode: 404, message: "Resource not found" });
  });

  it("listens on the port asked for, and frees it on close", async () => {
    const first = await startMockServer();
    const { port } = first;
    await first.close();
    server = await startMockServer({ port });
    expect(server.port).toBe(port);
    await expect(startMockServer({ port })).rejects.toThrow(/EADDRINUSE/);
  });
});
