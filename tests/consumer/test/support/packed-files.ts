// Which files of a packed package nothing in it references: walked from the manifest's entry
// points (exports, bin, main, module, types, typesVersions) through the relative imports,
// requires and source-map comments of the packed JavaScript and declaration files. A file no
// walk reaches is left over from another build (e.g. a chunk of another spec restored into dist/
// by a cache) and must not ship.
import path from "node:path";

/** The kinds of file that must be reachable; README, LICENSE and the like are not walked. */
const CODE = /\.(?:[cm]?js|d\.[cm]?ts|map)$/;
const SPECIFIERS = [
  /\b(?:import|export)\s*(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  /\bimport\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g,
  /\brequire\s*\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g,
  /\/\/\/\s*<reference\s+path=["']([^"']+)["']/g,
  /\/\/[#@]\s*sourceMappingURL=(\S+)/g,
];

/** Every relative path a manifest names as an entry point. */
function entryPoints(manifest: Record<string, unknown>): string[] {
  const found: string[] = [];
  const collect = (value: unknown) => {
    if (typeof value === "string") found.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") Object.values(value).forEach(collect);
  };
  for (const field of ["main", "module", "types", "typings", "browser", "bin", "exports", "typesVersions"]) collect(manifest[field]);
  return found.filter((entry) => entry.startsWith("./") || /^[\w@-]/.test(entry)).map((entry) => path.posix.normalize(entry));
}

/** The packed files a specifier may name, most likely first (a `.js` specifier in a `.d.ts` names the `.d.ts`). */
function candidates(from: string, specifier: string): string[] {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  if (/\.d\.[cm]?ts$/.test(from)) {
    const stem = target.replace(/\.([cm]?)js$/, "");
    const flavour = /\.([cm]?)js$/.exec(target)?.[1] ?? "";
    return [target, `${stem}.d.${flavour}ts`, `${target}.d.ts`, `${target}/index.d.ts`];
  }
  return [target, `${target}.js`, `${target}.cjs`, `${target}.mjs`, `${target}/index.js`];
}

/**
 * The packed code files (`.js`, `.cjs`, `.mjs`, `.d.ts`, `.d.cts`, `.d.mts`, `.map`) that no entry
 * point reaches, sorted.
 *
 * @param manifest the packed package.json
 * @param files the packed file paths, relative to the package root (as `npm pack --json` lists them)
 * @param read the text of a packed file
 */
export function unreachablePackedFiles(manifest: Record<string, unknown>, files: readonly string[], read: (file: string) => string): string[] {
  const packed = new Set(files.map((file) => path.posix.normalize(file)));
  const reached = new Set<string>();
  const queue = entryPoints(manifest).filter((entry) => packed.has(entry));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (reached.has(file)) continue;
    reached.add(file);
    if (!CODE.test(file) || file.endsWith(".map")) continue;
    const text = read(file);
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        const next = candidates(file, match[1] as string).find((candidate) => packed.has(candidate));
        if (next && !reached.has(next)) queue.push(next);
      }
    }
  }
  return [...packed].filter((file) => CODE.test(file) && !reached.has(file)).sort();
}
