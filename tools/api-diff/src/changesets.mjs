// Which pending changesets cover the breaking changes: a spec change reaches every package
// generated from or typed by the spec, so each of them needs a major bump.
import readChangesets from "@changesets/read";

/**
 * The packages whose public types come from the spec: `@partnercenter/types` is generated from
 * it; the client's operation functions and the mocks' seed data and handlers are typed by it, so
 * a change that breaks one breaks all three.
 */
export const AFFECTED_PACKAGES = ["@partnercenter/types", "@partnercenter/client", "@partnercenter/mocks"];

/**
 * @typedef {object} Coverage
 * @property {boolean} covered true when every affected package has a pending major changeset
 * @property {string[]} missing affected packages without one
 * @property {Array<{ id: string, packages: string[] }>} majors the pending changesets that bump a package to a new major
 */

/**
 * Reads the pending changesets (`.changeset/*.md`) with Changesets' own reader.
 * @param {string} root the repository root (the folder holding `.changeset/`)
 * @returns {Promise<Coverage>}
 */
export async function majorCoverage(root) {
  const changesets = await readChangesets(root);
  const majors = changesets
    .map((changeset) => ({ id: changeset.id, packages: changeset.releases.filter((release) => release.type === "major").map((release) => release.name) }))
    .filter((changeset) => changeset.packages.length > 0);
  const bumped = new Set(majors.flatMap((changeset) => changeset.packages));
  const missing = AFFECTED_PACKAGES.filter((name) => !bumped.has(name));
  return { covered: missing.length === 0, missing, majors };
}
