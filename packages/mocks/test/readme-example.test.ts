// The partner's test file from README.md, with a small stand-in for the partner's own code.
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { createPartnerCenterMock, MOCK_CUSTOMER_ID } from "../src/index.js";

/** Stand-in for a partner's code: reads a customer's name, waiting Retry-After seconds once when throttled. */
async function customerName(customerId: string): Promise<string> {
  const url = `https://api.partnercenter.microsoft.com/v1/customers/${customerId}`;
  const headers = { Authorization: "Bearer partner-token", Accept: "application/json" };
  let response = await fetch(url, { headers });
  if (response.status === 429) {
    await new Promise((resolve) => setTimeout(resolve, Number(response.headers.get("Retry-After")) * 1000));
    response = await fetch(url, { headers });
  }
  if (!response.ok) throw new Error(`Partner Center answered ${response.status}`);
  return (await response.json()).companyProfile.companyName;
}

const mock = createPartnerCenterMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => mock.reset());
afterAll(() => server.close());

it("survives one throttled call", async () => {
  mock.scenarios.add({ kind: "throttle", operation: "getCustomer", times: 1, retryAfterSeconds: 0 });
  expect(await customerName(MOCK_CUSTOMER_ID)).toBe("Contoso Retail");
});

it("fails when throttled twice (the scenario really applies)", async () => {
  mock.scenarios.add({ kind: "throttle", operation: "getCustomer", times: 2, retryAfterSeconds: 0 });
  await expect(customerName(MOCK_CUSTOMER_ID)).rejects.toThrow("Partner Center answered 429");
});
