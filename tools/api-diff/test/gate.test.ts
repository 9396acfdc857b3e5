// The gate end to end on a copy of the real spec: a pull request that renames a response property
// fails without a major changeset, with a report naming the property and what breaks, and passes
// with one; the changes page lists it. Nothing here edits the repository's own spec.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
const cli = fileURLToPath(new URL("../bin/api-diff.mjs", import.meta.url));
const baseline = fileURLToPath(new URL("../baseline/openapi.json", import.meta.url));

let root: string;
let current: string;

/** Runs the CLI in `root`; resolves with its exit code and output instead of throwing. */
async function gate(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args, "--baseline", baseline, "--current", current, "--root", root]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const changeset = (packages: Record<string, string>, text: string) =>
  `---\n${Object.entries(packages)
    .map(([name, bump]) => `"${name}": ${bump}`)
    .join("\n")}\n---\n\n${text}\n`;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "api-diff-gate-"));
  await mkdir(path.join(root, ".changeset"));
  // The pull request: the release's spec with Customer.companyProfile renamed to companyDetails.
  const spec = JSON.parse(await readFile(baseline, "utf8"));
  const properties = spec.components.schemas.Customer.properties;
  properties.companyDetails = properties.companyProfile;
  delete properties.companyProfile;
  current = path.join(root, "openapi.json");
  await writeFile(current, JSON.stringify(spec, null, 2));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the gate on a pull request that renames Customer.companyProfile", () => {
  it("passes when the spec is the baseline itself", async () => {
    current = baseline;
    const result = await gate("gate");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("0 breaking, 0 non-breaking, 0 annotation-only");
  });

  it("fails without a major changeset, naming the property, the consumers' break and the packages", async () => {
    await writeFile(path.join(root, ".changeset", "rename.md"), changeset({ "@partnercenter/types": "minor", "@partnercenter/client": "minor", "@partnercenter/mocks": "minor" }, "Rename companyProfile."));
    const result = await gate("gate");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("1 breaking, 1 non-breaking");
    expect(result.stdout).toContain("Customer.companyProfile: property removed (renamed to `companyDetails`?)");
    expect(result.stdout).toContain("Code that reads or writes `companyProfile` no longer compiles");
    expect(result.stdout).toMatch(/Used by [^\n]*getCustomer \(response 200\)/);
    expect(result.stdout).toMatch(/NOT COVERED: .*@partnercenter\/types, @partnercenter\/client, @partnercenter\/mocks/);
    expect(result.stdout).toContain('"@partnercenter/mocks": major');
  });

  it("fails when the major changeset misses one of the affected packages", async () => {
    await writeFile(path.join(root, ".changeset", "rename.md"), changeset({ "@partnercenter/types": "major", "@partnercenter/client": "major" }, "Rename companyProfile."));
    const result = await gate("gate");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/NOT COVERED: these changes break code written against @partnercenter\/mocks,/);
  });

  it("passes with a major changeset of types, client and mocks", async () => {
    await writeFile(
      path.join(root, ".changeset", "rename.md"),
      changeset({ "@partnercenter/types": "major", "@partnercenter/client": "major", "@partnercenter/mocks": "major" }, "`Customer.companyProfile` is now `companyDetails`."),
    );
    const result = await gate("gate");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Customer.companyProfile: property removed");
    expect(result.stdout).toContain("Covered: pending major changesets (.changeset/rename.md)");
  });

  it("lists the change on the changes page", async () => {
    const out = path.join(root, "changes.html");
    const result = await gate("page", "--out", out);
    expect(result.code).toBe(0);
    const html = await readFile(out, "utf8");
    expect(html).toContain("<h1>Changes since the last release</h1>");
    expect(html).toMatch(/<li class="change breaking"><p><strong>Customer\.companyProfile<\/strong>: property removed \(renamed to <code>companyDetails<\/code>\?\)/);
    expect(html).toContain('<a href="#breaking">1 breaking</a>');
  });

  it("says what is missing when the bundled spec has not been built", async () => {
    current = path.join(root, "missing.json");
    const result = await gate("gate");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Cannot read the bundled spec");
    expect(result.stderr).toContain("Run `npm run build` first");
  });
});
