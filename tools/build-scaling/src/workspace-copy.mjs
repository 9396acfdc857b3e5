// A throwaway copy of the repository for the build benchmark and the build-scope test: the files
// git knows (tracked, and untracked but not ignored, so uncommitted work is measured too), a
// fresh git repository holding them (turbo hashes through git), and a node_modules made of
// links to the original's packages, with the workspace packages pointing into the copy.
import { execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readlink, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository this file belongs to. */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL("../../..", import.meta.url)));

const git = (cwd, args) => execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/**
 * Copies the repository into a new temporary folder.
 * @param {{ prefix?: string, nodeModules?: boolean, from?: string }} [options]
 *   `nodeModules`: link the installed packages of this checkout (needed to build; a dry run needs
 *   none). `from`: the tree to copy, this checkout by default (another checkout of the repository,
 *   such as an older commit, is measured with this checkout's packages).
 * @returns {Promise<{ dir: string, remove: () => Promise<void> }>} `remove` deletes the folder.
 */
export async function copyRepository({ prefix = "pc-build-", nodeModules = true, from = REPO_ROOT } = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const files = git(from, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]).split("\0").filter(Boolean);
    for (const file of files) {
      // A tracked file deleted in the working tree is not copied, as a clone of the tree would not have it.
      await cp(path.join(from, file), path.join(dir, file), { recursive: false, verbatimSymlinks: true }).catch((error) => {
        if (error.code !== "ENOENT") throw error;
      });
    }
    git(dir, ["init", "-q", "-b", "main"]);
    git(dir, ["add", "-A"]);
    git(dir, ["-c", "user.name=build-scaling", "-c", "user.email=build-scaling@localhost", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "copy"]);
    if (nodeModules) await linkNodeModules(REPO_ROOT, dir);
    return { dir, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/**
 * Mirrors `from/node_modules` into `to/node_modules`: one symbolic link per installed package to
 * the original, except the workspace packages, which npm links by relative path and which must
 * resolve into the copy. Tool caches (`node_modules/.cache`) are left out, so the copy's runs
 * never write into the original.
 */
async function linkNodeModules(from, to) {
  const source = path.join(from, "node_modules");
  const target = path.join(to, "node_modules");
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(source, { withFileTypes: true })) {
    if (entry.name === ".cache" || entry.name === ".package-lock.json") continue;
    const original = path.join(source, entry.name);
    if (entry.name.startsWith("@") && entry.isDirectory()) {
      await mkdir(path.join(target, entry.name));
      for (const scoped of await readdir(original, { withFileTypes: true })) {
        const link = path.join(target, entry.name, scoped.name);
        const inner = path.join(original, scoped.name);
        // A workspace package: keep npm's relative link (`../../packages/types`), now inside the copy.
        if (scoped.isSymbolicLink()) await symlink(await readlink(inner), link);
        else await symlink(inner, link);
      }
    } else if (entry.isSymbolicLink()) {
      await symlink(await readlink(original), path.join(target, entry.name));
    } else {
      await symlink(original, path.join(target, entry.name));
    }
  }
}
