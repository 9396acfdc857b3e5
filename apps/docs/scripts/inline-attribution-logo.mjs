#!/usr/bin/env node
// Redoc's "API docs by Redocly" badge loads its logo from Redocly's CDN even in an
// --inlineBundle page; offline that is a failed request and a console error. This replaces the
// logo URLs in the built page with an inline SVG wordmark, so the page asks the network for
// nothing. Fails when the URLs are no longer found (a Redoc update changed them).
import { readFile, writeFile } from "node:fs/promises";

const page = process.argv[2] ?? "dist/index.html";
const LOGO_URL = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const wordmark =
  '<svg xmlns="http://www.w3.org/2000/svg" width="58" height="14" viewBox="0 0 58 14">' +
  '<text x="0" y="11" font-family="sans-serif" font-size="12" font-weight="600" fill="#6b6b6b">Redocly</text></svg>';
const dataUri = `data:image/svg+xml,${encodeURIComponent(wordmark)}`;

const html = await readFile(page, "utf8");
const found = html.match(LOGO_URL)?.length ?? 0;
if (found === 0) {
  console.error(`${page}: Redoc's attribution logo URL was not found; update scripts/inline-attribution-logo.mjs`);
  process.exit(1);
}
await writeFile(page, html.replace(LOGO_URL, dataUri));
console.log(`${page}: inlined Redoc's attribution logo (${found} references)`);
