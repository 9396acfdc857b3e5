// Path parameters that cannot be encoded are refused like any other bad value, before anything
// is sent: the loopback server counts what reaches it.
import { beforeEach, describe, expect, it } from "vitest";
import { customerExample } from "@partnercenter/mocks";
import { addServiceRequestNote, getCustomer, PartnerCenterArgumentError } from "../src/index.js";
import { answerJson, useLoopbackClient } from "./loopback.js";

const serve = useLoopbackClient();

describe("a path parameter with a lone UTF-16 surrogate", () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeEach(async () => {
    server = await serve((_, response) => answerJson(response, 200, customerExample));
  });

  it.each(["\uD800", "61612229\uDC0074576", "a\uD83D"])("%j is refused by name before anything is sent, in the operation functions", async (value) => {
    const bad = [
      ["servicerequest_id", () => addServiceRequestNote(server.client, value, "note")],
      ["customer_id", () => getCustomer(server.client, value)],
    ] as const;
    for (const [argument, call] of bad) {
      const error = await call().catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(PartnerCenterArgumentError);
      expect(error).toMatchObject({ argument });
      expect((error as Error).message).toContain(`\`${argument}\``);
    }
    expect(server.received).toHaveLength(0);
  });

  it("and in the raw client", async () => {
    const error = await server.client
      .PATCH("/v1/servicerequests/{servicerequest_id}", { params: { path: { servicerequest_id: "\uD800" } }, body: { newNote: { text: "x" } } })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PartnerCenterArgumentError);
    expect(error).toMatchObject({ argument: "servicerequest_id" });
    expect(server.received).toHaveLength(0);
  });

  it("while a well-formed pair (an emoji) is sent, percent-encoded", async () => {
    await server.client.PATCH("/v1/servicerequests/{servicerequest_id}", { params: { path: { servicerequest_id: "sr-\u{1F600}" } }, body: { newNote: { text: "x" } } });
    expect(server.received.map((request) => request.url)).toEqual(["/v1/servicerequests/sr-%F0%9F%98%80"]);
  });
});
