// The token sent is redacted by its value wherever the client writes what a server sent back,
// over a real connection (the server echoes the Authorization header it received).
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { MOCK_CUSTOMER_ID } from "@partnercenter/mocks";
import { getCustomer, PartnerCenterError } from "../src/index.js";
import { answerJson, sentHeader as header, useLoopbackClient, type LoopbackHandler } from "./loopback.js";

const serve = useLoopbackClient();
const customerPath = { params: { path: { customer_id: MOCK_CUSTOMER_ID } } };

describe("the token sent never shows, even when a server echoes it bare", () => {
  // Opaque: neither `Bearer ...` nor JWT-shaped, so no pattern can find it; only its value can.
  const TOKEN = "opaque-4fG7hQ2kLm9pR3sT";
  const REFRESHED = "opaque-refreshed-8vW2xY5z";

  const echo: LoopbackHandler = (request, response) => {
    const token = String(request.headers.authorization).replace(/^Bearer /, "");
    answerJson(
      response,
      401,
      { code: `bad-${token}`, description: `The token ${token} is not valid`, data: [{ token }, `token=${token}`], source: token },
      { "MS-CV": `${token}.0`, "MS-ServerId": token },
    );
  };

  function expectHidden(texts: string[], tokens: string[]) {
    for (const text of texts) for (const token of tokens) expect(text).not.toContain(token);
  }

  it("not in an operation function's error (message, fields, JSON, util.inspect) nor in a log line", async () => {
    const lines: string[] = [];
    const { client, received } = await serve(echo, { accessToken: TOKEN, logger: (line, entry) => lines.push(line, JSON.stringify(entry)) });
    const error = await getCustomer(client, MOCK_CUSTOMER_ID).catch((thrown: unknown) => thrown);
    expect(received[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(error).toBeInstanceOf(PartnerCenterError);
    expect(error).toMatchObject({
      status: 401,
      code: "bad-[REDACTED]",
      description: "The token [REDACTED] is not valid",
      data: [{ token: "[REDACTED]" }, "token=[REDACTED]"],
      source: "[REDACTED]",
      correlationVector: "[REDACTED].0",
      serverId: "[REDACTED]",
    });
    expect(lines.length).toBeGreaterThan(0);
    expectHidden([String(error), (error as Error).stack ?? "", JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), ...lines], [TOKEN]);
  });

  it("neither the first token nor the one the 401 refresh brought", async () => {
    const tokens = [TOKEN, REFRESHED];
    const accessToken = async () => ({ token: tokens.shift() ?? "opaque-never-used-0000", expiresOnTimestamp: Date.now() + 3_600_000 });
    const { client, received } = await serve(echo, { accessToken });
    const error = await getCustomer(client, MOCK_CUSTOMER_ID).catch((thrown: unknown) => thrown);
    expect(header(received, "Authorization")).toEqual([`Bearer ${TOKEN}`, `Bearer ${REFRESHED}`]);
    expect((error as PartnerCenterError).description).toBe("The token [REDACTED] is not valid");
    expectHidden([JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })], [TOKEN, REFRESHED]);
  });

  it("not in PartnerCenterError.fromResponse of a raw client answer", async () => {
    const { client } = await serve(echo, { accessToken: TOKEN });
    const { error, response } = await client.GET("/v1/customers/{customer_id}", customerPath);
    const built = PartnerCenterError.fromResponse(response, error);
    expect(built.description).toBe("The token [REDACTED] is not valid");
    expectHidden([JSON.stringify(built), inspect(built, { depth: 10, showHidden: true })], [TOKEN]);
  });

  it("still redacts bearer tokens and JWT-shaped strings that are not the token sent", async () => {
    const { client } = await serve((_, response) =>
      answerJson(response, 400, { code: 400, description: "Saw Bearer other-secret-123 and eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln" }),
    );
    const error = await getCustomer(client, MOCK_CUSTOMER_ID).catch((thrown: unknown) => thrown);
    expect((error as PartnerCenterError).description).toBe("Saw Bearer [REDACTED] and [REDACTED]");
  });
});

