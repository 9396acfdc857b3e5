import { afterEach, describe, expect, it, vi } from "vitest";
import { createTokenCache } from "../src/token-cache.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("createTokenCache", () => {
  it("hands out the cached token until refreshBeforeExpiryMs before expiry, synchronously", async () => {
    vi.useFakeTimers({ now: 0 });
    let n = 0;
    const cache = createTokenCache(() => ({ token: `t${++n}`, expiresOnTimestamp: 60_000 }), 10_000);
    expect(await cache.get()).toBe("t1");
    vi.setSystemTime(49_999);
    expect(cache.get()).toBe("t1");
    vi.setSystemTime(50_000);
    expect(await cache.get()).toBe("t2");
  });

  it("shares one pending fetch between concurrent callers", async () => {
    const fetchToken = vi.fn(async () => ({ token: "shared", expiresOnTimestamp: Date.now() + 60_000 }));
    const cache = createTokenCache(fetchToken, 0);
    const tokens = await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(tokens).toEqual(["shared", "shared", "shared"]);
    expect(fetchToken).toHaveBeenCalledTimes(1);
  });

  it("asks every time for a token without expiry, sharing only concurrent asks", async () => {
    let n = 0;
    const fetchToken = vi.fn(async () => ({ token: `t${++n}` }));
    const cache = createTokenCache(fetchToken, 0);
    expect(await Promise.all([cache.get(), cache.get()])).toEqual(["t1", "t1"]);
    expect(await cache.get()).toBe("t2");
  });

  it("refresh() fetches a new token for the rejected one, but hands out one already refreshed by another request", async () => {
    let n = 0;
    const fetchToken = vi.fn(async () => ({ token: `t${++n}`, expiresOnTimestamp: Date.now() + 60_000 }));
    const cache = createTokenCache(fetchToken, 0);
    expect(await cache.get()).toBe("t1");
    const [first, second] = await Promise.all([cache.refresh("t1"), cache.refresh("t1")]);
    expect([first, second]).toEqual(["t2", "t2"]);
    expect(await cache.refresh("t1")).toBe("t2");
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it("does not keep a failure: the next get() asks again", async () => {
    const fetchToken = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue({ token: "ok" });
    const cache = createTokenCache(fetchToken, 0);
    await expect(cache.get()).rejects.toThrow("offline");
    expect(await cache.get()).toBe("ok");
  });
});
