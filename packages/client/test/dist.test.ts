// The built package as users load it: both module formats in one process (the dual-package
// hazard) and how its errors print. Reads dist/, which the `test` task builds first (turbo's
// dependsOn), or run `npm run build` before `npx vitest run`.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { inspect } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

type Package = typeof import("../src/index.js");

const ESM = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const CJS = fileURLToPath(new URL("../dist/index.cjs", import.meta.url));

let esm: Package;
let cjs: Package;
beforeAll(async () => {
  if (!existsSync(ESM) || !existsSync(CJS)) throw new Error("dist/ is missing: run `npm run build` in packages/client first");
  esm = (await import(/* @vite-ignore */ pathToFileURL(ESM).href)) as Package;
  cjs = createRequire(import.meta.url)(CJS) as Package;
});

/** What each build throws, thrown for real by its own code. */
async function thrownBy(build: Package) {
  const catching = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error;
    }
    throw new Error("nothing thrown");
  };
  const options = catching(() => build.createPartnerCenterClient({} as never));
  const client = build.createPartnerCenterClient({ accessToken: "t", baseUrl: "http://127.0.0.1:9" });
  const argument = await build.getCustomer(client, "not-a-guid").catch((error: unknown) => error);
  const error = build.PartnerCenterError.fromResponse(new Response('{"code":60003,"description":"Tenant not found."}', { status: 404 }), {
    code: 60003,
    description: "Tenant not found.",
  });
  return { options, argument, error };
}

describe("the CommonJS and ESM builds in one process", () => {
  it("loads two distinct copies of each class (the hazard is real)", () => {
    expect(cjs.PartnerCenterError).not.toBe(esm.PartnerCenterError);
  });

  it.each([
    ["CommonJS", "ESM"],
    ["ESM", "CommonJS"],
  ] as const)("an error thrown by the %s build is an instance of the %s build's class", async (from, to) => {
    const builds = { CommonJS: cjs, ESM: esm };
    const thrown = await thrownBy(builds[from]);
    const classes = builds[to];
    expect(thrown.error).toBeInstanceOf(classes.PartnerCenterError);
    expect(thrown.argument).toBeInstanceOf(classes.PartnerCenterArgumentError);
    expect(thrown.options).toBeInstanceOf(classes.PartnerCenterOptionsError);
    // and of the built-in classes they extend
    expect(thrown.error).toBeInstanceOf(Error);
    expect(thrown.argument).toBeInstanceOf(TypeError);
    expect(thrown.options).toBeInstanceOf(TypeError);
  });

  it("is no instance of the other classes, nor is any other error", async () => {
    const thrown = await thrownBy(cjs);
    expect(thrown.argument).not.toBeInstanceOf(esm.PartnerCenterError);
    expect(thrown.argument).not.toBeInstanceOf(esm.PartnerCenterOptionsError);
    expect(thrown.options).not.toBeInstanceOf(esm.PartnerCenterArgumentError);
    expect(thrown.error).not.toBeInstanceOf(esm.PartnerCenterArgumentError);
    for (const other of [new Error("x"), new TypeError("x"), { name: "PartnerCenterError" }, null, undefined, "PartnerCenterError", 0]) {
      expect(other instanceof esm.PartnerCenterError).toBe(false);
      expect(other instanceof cjs.PartnerCenterArgumentError).toBe(false);
      expect(other instanceof esm.PartnerCenterOptionsError).toBe(false);
    }
  });

  it("keeps instanceof exact for a caller's own subclass", async () => {
    class TenantNotFound extends esm.PartnerCenterError {}
    const own = new TenantNotFound({ status: 404, category: "NotFound", description: "Tenant not found." });
    expect(own).toBeInstanceOf(TenantNotFound);
    expect(own).toBeInstanceOf(esm.PartnerCenterError);
    expect(own).toBeInstanceOf(cjs.PartnerCenterError);
    expect((await thrownBy(esm)).error).not.toBeInstanceOf(TenantNotFound);
    expect((await thrownBy(cjs)).error).not.toBeInstanceOf(TenantNotFound);
  });
});

describe("the built errors print under their class names", () => {
  it.each(["ESM", "CommonJS"] as const)("in util.inspect and console.error, from the %s build", async (format) => {
    const build = format === "ESM" ? esm : cjs;
    const thrown = await thrownBy(build);
    expect(inspect(thrown.error)).toMatch(/^PartnerCenterError: Partner Center 404 NotFound \(code 60003\): Tenant not found\./);
    expect(inspect(thrown.argument)).toMatch(/^PartnerCenterArgumentError: Invalid Partner Center call argument `customer_id`/);
    expect(inspect(thrown.options)).toMatch(/^PartnerCenterOptionsError: Invalid Partner Center client option `accessToken`/);
    expect(build.PartnerCenterError.name).toBe("PartnerCenterError");
    expect(build.createPartnerCenterClient.name).toBe("createPartnerCenterClient");
  });
});
