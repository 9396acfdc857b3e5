// The gate's report for a terminal: breaking changes first, each with what it means for
// consumers' code and which operations it reaches.

/** @typedef {import("./compare.mjs").SpecChange} SpecChange */
/** @typedef {import("./changesets.mjs").Coverage} Coverage */

const HEADINGS = /** @type {const} */ ({
  breaking: "Breaking",
  "non-breaking": "Non-breaking",
  annotation: "Annotation-only (descriptions, summaries, examples)",
});

/** @param {SpecChange} change */
export function usedBy(change) {
  if (change.uses.length === 0) return "";
  const shown = change.uses.slice(0, 6).map((use) => `${use.operation} (${use.where})`);
  return `${shown.join(", ")}${change.uses.length > shown.length ? `, and ${change.uses.length - shown.length} more` : ""}`;
}

/**
 * @param {SpecChange[]} changes from {@link import("./compare.mjs").compareSpecs}
 * @param {{ baseline: string, current: string, coverage?: Coverage, annotations?: boolean }} options
 *   the two files' names as shown; `annotations: false` prints only their count
 * @returns {string}
 */
export function renderText(changes, { baseline, current, coverage, annotations = false }) {
  const lines = [`API changes since the last release (${baseline} -> ${current})`];
  const count = (/** @type {string} */ kind) => changes.filter((c) => c.classification === kind).length;
  lines.push(`${count("breaking")} breaking, ${count("non-breaking")} non-breaking, ${count("annotation")} annotation-only`);
  for (const kind of /** @type {const} */ (["breaking", "non-breaking", "annotation"])) {
    const group = changes.filter((c) => c.classification === kind);
    if (group.length === 0 || (kind === "annotation" && !annotations)) continue;
    lines.push("", `${HEADINGS[kind]}:`);
    for (const change of group) {
      lines.push(`  - ${change.subject}: ${change.change}`);
      if (kind !== "annotation") lines.push(`      ${change.consequence}`);
      const uses = usedBy(change);
      if (uses && kind === "breaking") lines.push(`      Used by ${uses}.`);
    }
  }
  if (coverage && count("breaking") > 0) {
    lines.push("");
    if (coverage.covered) {
      lines.push(`Covered: pending major changesets (${coverage.majors.map((m) => `.changeset/${m.id}.md`).join(", ")}) bump every package generated from the spec.`);
    } else {
      lines.push(
        `NOT COVERED: these changes break code written against ${coverage.missing.join(", ")}, and no pending changeset bumps ${coverage.missing.length === 1 ? "it" : "them"} to a new major version.`,
        "Either undo the breaking change, or add a changeset (npx changeset, or a file in .changeset/) whose front matter has",
        ...coverage.missing.map((name) => `  "${name}": major`),
        "and says in its text what consumers must change.",
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
