// Shared by the packages that generate committed files from the spec (packages/types,
// packages/mocks): write the file, or, with --check and whenever CI is set, only verify it.
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

/** True when the `CI` environment variable is set to anything but "", "0" or "false". */
export function isCi(env = process.env) {
  const value = env.CI;
  return value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}

/**
 * Compares `contents` with `file` and, unless `check` is set, rewrites the file when it differs.
 * @param {{ file: string, contents: string, check?: boolean }} options
 * @returns {Promise<{ stale: boolean, written: boolean }>}
 */
export async function syncGeneratedFile({ file, contents, check = false }) {
  const current = await readFile(file, "utf8").catch(() => undefined);
  const stale = current !== contents;
  if (stale && !check) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, contents);
  }
  return { stale, written: stale && !check };
}

/**
 * The generated files that differ from git's HEAD while none of their sources do: a spec (or
 * generator) change was committed without the regenerated files, and a local build has since
 * rewritten them. Throws when `cwd` is not inside a git checkout.
 * @param {{ cwd: string, generated: string[], sources: string[] }} options paths relative to `cwd`
 * @returns {string[]}
 */
export function regeneratedWithoutSourceChange({ cwd, generated, sources }) {
  const changed = (paths) => execFileSync("git", ["status", "--porcelain", "--", ...paths], { cwd, encoding: "utf8" }).trim() !== "";
  if (changed(sources)) return [];
  return generated.filter((file) => changed([file]));
}

/**
 * The command-line entry of a generator: parses `--check`, syncs every file, prints one line per
 * file and sets a non-zero exit code when a file is stale in check mode.
 * @param {{ root: string, files: Array<{ file: string, generate: () => Promise<string> }> }} options
 */
export async function runGenerator({ root, files }) {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
  const check = values.check || isCi();
  for (const { file, generate } of files) {
    const shown = path.relative(root, file);
    const { stale, written } = await syncGeneratedFile({ file, contents: await generate(), check });
    if (stale && !written) {
      console.error(
        `${shown} is stale: it does not match the spec in openapi/.\n` +
          "Run `npm run generate` (or `npm run build`) and commit the regenerated file.",
      );
      process.exitCode = 1;
    } else if (written) {
      console.log(`regenerated ${shown} from the spec; commit it with your spec change`);
    } else {
      console.log(`${shown} is up to date`);
    }
  }
}
