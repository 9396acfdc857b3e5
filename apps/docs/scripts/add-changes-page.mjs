#!/usr/bin/env node
// Publishes the "Changes since the last release" page next to the reference: copies the page that
// @partnercenter/api-diff builds (the spec compared with the last release's) into dist/, and links
// it from a bar above the Redoc page. Fails when the page is missing or the Redoc markup it hooks
// into has changed.
import { copyFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dist = path.resolve(process.argv[2] ?? "dist");
const page = fileURLToPath(import.meta.resolve("@partnercenter/api-diff/changes.html"));
await copyFile(page, path.join(dist, "changes.html"));

const reference = path.join(dist, "index.html");
const html = await readFile(reference, "utf8");
const REDOC_ROOT = /<body>(\s*)<div id="redoc">/;
if (!REDOC_ROOT.test(html)) {
  console.error(`${reference}: <body><div id="redoc"> was not found; update scripts/add-changes-page.mjs`);
  process.exit(1);
}
const bar =
  '<nav class="release-links" style="font: 14px/1.5 system-ui, sans-serif; padding: 6px 20px; background: #f6f8fa; border-bottom: 1px solid #d0d7de;">' +
  '<a href="changes.html" style="color: #0b5cad;">Changes since the last release</a></nav>';
await writeFile(reference, html.replace(REDOC_ROOT, `<body>$1${bar}$1<div id="redoc">`));
console.log(`${path.relative(process.cwd(), dist)}: changes.html added and linked from index.html`);
