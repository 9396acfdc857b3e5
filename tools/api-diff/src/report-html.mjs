// The "Changes since the last release" page published next to the Redoc reference: one
// self-contained HTML file (inline CSS, no script, nothing fetched), readable offline.
import { usedBy } from "./report-text.mjs";

/** @typedef {import("./compare.mjs").SpecChange} SpecChange */

/** @param {unknown} text */
const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** Inline `code` spans of the rule texts, escaped. @param {string} text */
const prose = (text) => escape(text).replace(/`([^`]+)`/g, "<code>$1</code>");

const SECTIONS = /** @type {const} */ ([
  ["breaking", "Breaking changes", "Code written against the last release may no longer compile or may be rejected by the mock. They ship only in a new major version of @partnercenter/types, client and mocks."],
  ["non-breaking", "Non-breaking changes", "Additions: code written against the last release still compiles."],
  ["annotation", "Annotation-only changes", "Descriptions, summaries and examples: they change the documentation and TSDoc, not the types."],
]);

/**
 * @param {SpecChange[]} changes from {@link import("./compare.mjs").compareSpecs}
 * @param {{ baselineVersion: string, currentVersion: string, referenceHref?: string }} options
 *   `info.version` of both specs; the link back to the reference (default `index.html`)
 * @returns {string} the page
 */
export function renderHtml(changes, { baselineVersion, currentVersion, referenceHref = "index.html" }) {
  const count = (/** @type {string} */ kind) => changes.filter((c) => c.classification === kind).length;
  const sections = SECTIONS.map(([kind, title, intro]) => {
    const group = changes.filter((c) => c.classification === kind);
    const items = group
      .map((c) => {
        const uses = usedBy(c);
        return `<li class="change ${kind}"><p><strong>${escape(c.subject)}</strong>: ${prose(c.change)}</p>${kind === "annotation" ? "" : `<p class="consequence">${prose(c.consequence)}</p>`}${uses ? `<p class="uses">Used by ${escape(uses)}.</p>` : ""}</li>`;
      })
      .join("\n");
    return `<section id="${kind}"><h2>${title} <span class="count">${group.length}</span></h2><p class="intro">${escape(intro)}</p>${group.length ? `<ul>\n${items}\n</ul>` : "<p class=\"none\">None.</p>"}</section>`;
  }).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Changes since the last release - Partner Center REST API</title>
<style>
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
nav a, a { color: #0b5cad; }
h1 { font-size: 1.8rem; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.3rem; margin-top: 2rem; }
.count { font-size: 0.9rem; background: #eaeef2; border-radius: 1rem; padding: 0 0.6rem; vertical-align: middle; }
.summary { display: flex; gap: 1rem; flex-wrap: wrap; padding: 0; list-style: none; }
.summary li { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.5rem 1rem; }
ul { padding-left: 0; list-style: none; }
.change { border-left: 4px solid #8c959f; padding: 0.25rem 0.75rem; margin: 0.75rem 0; background: #f6f8fa; }
.change p { margin: 0.2rem 0; }
.change.breaking { border-color: #cf222e; }
.change.non-breaking { border-color: #1a7f37; }
.consequence { color: #3d444d; }
.uses, .intro, .none { color: #59636e; font-size: 0.92rem; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, monospace; background: #eaeef2; border-radius: 4px; padding: 0 0.25rem; }
</style>
</head>
<body>
<main>
<nav><a href="${escape(referenceHref)}">&larr; API reference</a></nav>
<h1>Changes since the last release</h1>
<p>The spec as it is now (<code>info.version</code> ${escape(currentVersion)}) compared with the spec of the last release (${escape(baselineVersion)}), judged for code written against <code>@partnercenter/types</code>, <code>@partnercenter/client</code> and <code>@partnercenter/mocks</code>.</p>
<ul class="summary">
<li><a href="#breaking">${count("breaking")} breaking</a></li>
<li><a href="#non-breaking">${count("non-breaking")} non-breaking</a></li>
<li><a href="#annotation">${count("annotation")} annotation-only</a></li>
</ul>
${sections}
</main>
</body>
</html>
`;
}
