import { setupWorker, type SetupWorker, type StartOptions } from "msw/browser";
import { createPartnerCenterMock, type PartnerCenterMock, type PartnerCenterMockOptions } from "../partner-center-mock.js";

/** Options of {@link startMockWorker}; the mock options apply when `mock` is not given. */
export interface StartMockWorkerOptions extends PartnerCenterMockOptions {
  /** The mock to serve. Default: `createPartnerCenterMock(options)`. */
  mock?: PartnerCenterMock;
  /** Where the page serves msw's worker script (copy it with `npx msw init <public dir>`). Default `"/mockServiceWorker.js"`. */
  serviceWorkerUrl?: string;
  /** What msw does with requests no handler answers. Default `"bypass"`: they go to the network. */
  onUnhandledRequest?: StartOptions["onUnhandledRequest"];
  /** Silences msw's console messages. Default `true`. */
  quiet?: boolean;
}

/** A running browser mock. */
export interface MockWorker {
  /** msw's worker, e.g. for `worker.use(...)`. */
  worker: SetupWorker;
  /** The mock behind it (store, scenarios, reset). */
  mock: PartnerCenterMock;
  /** Stops intercepting. */
  stop(): void;
}

/**
 * Starts msw's service worker in the browser with the Partner Center mock's handlers, so the
 * page's `fetch` calls to the Partner Center API (on any origin) are answered by the mock.
 *
 * @example
 * import { startMockWorker } from "@partnercenter/mocks/browser";
 * const { mock } = await startMockWorker();
 * @throws what msw's `worker.start()` throws, e.g. when the worker script is not served at `serviceWorkerUrl`
 * @see https://mswjs.io/docs/integrations/browser
 */
export async function startMockWorker(options: StartMockWorkerOptions = {}): Promise<MockWorker> {
  const mock = options.mock ?? createPartnerCenterMock(options);
  const worker = setupWorker(...mock.handlers);
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? "/mockServiceWorker.js" },
    onUnhandledRequest: options.onUnhandledRequest ?? "bypass",
    quiet: options.quiet ?? true,
  });
  return { worker, mock, stop: () => worker.stop() };
}
