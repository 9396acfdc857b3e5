// What an edit rebuilds: turbo's task hashes (`turbo run build --dry=json`) on a copy of the
// repository, before and after one kind of edit. A task whose hash changes is rebuilt by the next
// `npm run build`; one whose hash stays is a cache hit. Dry runs only: nothing is built, so the
// whole file takes seconds.
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dryRunTasks } from "../src/build-stages.mjs";
import { copyRepository } from "../src/workspace-copy.mjs";

let copy: { dir: string; remove: () => Promise<void> };
let baseline: Map<string, string>;

/** Hash of every task that runs a command (a package without the script has nothing to rebuild). */
function hashes(task = "build"): Map<string, string> {
  return new Map(dryRunTasks(copy.dir, task).filter((entry) => entry.command && entry.command !== "<NONEXISTENT>").map((entry) => [entry.taskId, entry.hash]));
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([taskId, hash]) => before.get(taskId) !== hash).map(([taskId]) => taskId).sort();
}

/**
 * Applies `edits` to the copy (a function of the file's text, or the text of a new file), reads
 * the hashes of `task`, and puts every file back as it was.
 */
async function hashesAfter(edits: Record<string, (text: string) => string>, task = "build"): Promise<Map<string, string>> {
  const originals = new Map<string, string | undefined>();
  try {
    for (const [file, edit] of Object.entries(edits)) {
      const full = path.join(copy.dir, file);
      const text = await readFile(full, "utf8").catch(() => undefined);
      originals.set(full, text);
      await writeFile(full, edit(text ?? ""));
    }
    return hashes(task);
  } finally {
    for (const [full, text] of originals) {
      if (text === undefined) await rm(full);
      else await writeFile(full, text);
    }
  }
}

/** The first test file of a package's `test/` folder, relative to the repository. */
async function aTestFile(packageDir: string): Promise<string> {
  const files = (await readdir(path.join(copy.dir, packageDir, "test"))).filter((name) => name.endsWith(".test.ts")).sort();
  if (!files[0]) throw new Error(`${packageDir}/test has no .test.ts file`);
  return `${packageDir}/test/${files[0]}`;
}

const appendLine = (line: string) => (text: string) => `${text}${line}\n`;

beforeAll(async () => {
  copy = await copyRepository({ prefix: "pc-build-scope-", nodeModules: false });
  baseline = hashes();
});

afterAll(async () => {
  await copy?.remove();
});

describe("an edit rebuilds only what depends on it", () => {
  it("sees every build task of the repository", () => {
    expect([...baseline.keys()].sort()).toEqual([
      "@partnercenter/api-diff#build",
      "@partnercenter/client#build",
      "@partnercenter/docs#build",
      "@partnercenter/mocks#build",
      "@partnercenter/openapi#build",
      "@partnercenter/sample#build",
      "@partnercenter/types#build",
    ]);
  });

  it("a schema description rebuilds everything generated from the spec (the comparison sees an edit)", async () => {
    const after = await hashesAfter({
      "openapi/components/schemas/Customer.yaml": (text) => text.replace("description: Customer tenant ID (a GUID).", "description: Customer tenant ID, a GUID."),
    });
    expect(changed(baseline, after)).toEqual([...baseline.keys()].sort());
  });

  it("a code sample rebuilds the docs alone", async () => {
    const samples = (await readdir(path.join(copy.dir, "openapi/code_samples/TypeScript"))).filter((name) => name.endsWith(".ts"));
    expect(samples.length).toBeGreaterThan(0);
    const after = await hashesAfter({ [`openapi/code_samples/TypeScript/${samples[0]}`]: appendLine("// edited") });
    expect(changed(baseline, after)).toEqual(["@partnercenter/docs#build"]);
  });

  it("a README, a package README, the spec's README or a decision record rebuilds nothing", async () => {
    const after = await hashesAfter({
      "README.md": appendLine("Edited."),
      "openapi/README.md": appendLine("Edited."),
      "packages/client/README.md": appendLine("Edited."),
      "packages/types/README.md": appendLine("Edited."),
      "packages/mocks/README.md": appendLine("Edited."),
      "tools/api-diff/README.md": appendLine("Edited."),
      "tests/spec-edit/README.md": appendLine("Edited."),
      "docs/decisions/draft-build-scope-test.md": () => "# Draft: a new decision record\n",
    });
    expect(changed(baseline, after)).toEqual([]);
  });

  it("a test file rebuilds nothing, and only its package's tests rerun", async () => {
    const tests = await Promise.all(["packages/client", "packages/types", "packages/mocks", "apps/docs", "apps/sample", "tools/api-diff"].map(aTestFile));
    const edits = Object.fromEntries(tests.map((file) => [file, appendLine("// edited")]));
    expect(changed(baseline, await hashesAfter(edits))).toEqual([]);

    const clientTest = await aTestFile("packages/client");
    const testsBefore = hashes("test");
    const testsAfter = await hashesAfter({ [clientTest]: appendLine("// edited") }, "test");
    expect(changed(testsBefore, testsAfter)).toEqual(["@partnercenter/client#test"]);
  });

  it("a client source file rebuilds the client and what is built from it, not the spec, types or mocks", async () => {
    const after = await hashesAfter({ "packages/client/src/clouds.ts": appendLine("// edited") });
    expect(changed(baseline, after)).toEqual(["@partnercenter/client#build", "@partnercenter/docs#build", "@partnercenter/sample#build"]);
  });
});
