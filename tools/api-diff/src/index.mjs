export { compareSpecs } from "./compare.mjs";
export { AFFECTED_PACKAGES, majorCoverage } from "./changesets.mjs";
export { renderText } from "./report-text.mjs";
export { renderHtml } from "./report-html.mjs";
