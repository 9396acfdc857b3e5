// Bundled by browser.test.ts for Chromium: starts the mock in msw's service worker and records
// what the page's own fetch calls get back, on window.mockResults.
import { startMockWorker } from "../../src/transport/browser.js";
import { createMockAccessToken, MOCK_CUSTOMER_ID, MOCK_SERVICE_REQUEST_ID } from "../../src/index.js";

interface Answer {
  status: number;
  requestId: string | null;
  body: unknown;
}

declare global {
  interface Window {
    mockResults?: Record<string, Answer> | { error: string };
  }
}

async function answer(response: Response): Promise<Answer> {
  return { status: response.status, requestId: response.headers.get("MS-RequestId"), body: await response.json() };
}

async function main(): Promise<Record<string, Answer>> {
  const { mock } = await startMockWorker();
  const appOnly = `Bearer ${createMockAccessToken({ kind: "app-only" })}`;
  const results: Record<string, Answer> = {};
  results.customerSameOrigin = await answer(
    await fetch(`/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: { Authorization: "Bearer browser-token", "MS-RequestId": "4ff57220-f17b-4d8f-8e09-78334c57ba00" } }),
  );
  results.managedServicesAppOnly = await answer(
    await fetch(`https://api.partnercenter.microsoft.com/v1/customers/${MOCK_CUSTOMER_ID}/managedservices`, { headers: { Authorization: appOnly } }),
  );
  results.patch = await answer(
    await fetch(`https://api.partnercenter.microsoft.com/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, {
      method: "PATCH",
      headers: { Authorization: "Bearer browser-token", "Content-Type": "application/json" },
      body: JSON.stringify({ NewNote: { Text: "from the browser" }, Status: "closed" }),
    }),
  );
  mock.scenarios.add({ kind: "throttle", operation: "getCustomer", times: 1, retryAfterSeconds: 3 });
  results.throttled = await answer(await fetch(`/v1/customers/${MOCK_CUSTOMER_ID}`, { headers: { Authorization: "Bearer browser-token" } }));
  results.storeAfterPatch = { status: 0, requestId: null, body: (mock.store.get("serviceRequests", MOCK_SERVICE_REQUEST_ID)?.status as string | undefined) ?? null };
  return results;
}

main().then(
  (results) => {
    window.mockResults = results;
  },
  (error: unknown) => {
    window.mockResults = { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  },
);
