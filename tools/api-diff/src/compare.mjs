// Compares two bundled OpenAPI documents: api-smart-diff finds the differences (it matches
// operations, parameters and `$ref`-resolved schemas), then each is traced back to the node that
// was edited and classified for users of the generated packages (rules.mjs).
import { isDeepStrictEqual } from "node:util";
import { apiCompare } from "api-smart-diff";
import { locate, pointerToString, usageIndex } from "./locate.mjs";
import { classify } from "./rules.mjs";

/** @typedef {import("./rules.mjs").Classification} Classification */
/** @typedef {import("./locate.mjs").Use} Use */
/**
 * One change between two versions of the spec.
 * @typedef {object} SpecChange
 * @property {Classification} classification
 * @property {string} subject what changed, in the generated packages' terms (`Customer.companyProfile`)
 * @property {string} change what happened to it (`property removed`)
 * @property {string} consequence what it means for consumers' code
 * @property {string} pointer JSON pointer of the edited node (in the new spec, or the old one for a removal)
 * @property {"add" | "remove" | "replace" | "rename"} action
 * @property {unknown} before the old value (absent for an addition)
 * @property {unknown} after the new value (absent for a removal)
 * @property {Use[]} uses the operations that reach the edited component, and how
 */

const ORDER = { breaking: 0, "non-breaking": 1, annotation: 2 };

/**
 * Compares two bundled OpenAPI 3.1 documents (JSON, internal `$ref`s only, as `redocly bundle`
 * writes them).
 * @param {unknown} before the spec of the last release
 * @param {unknown} after the current spec
 * @returns {SpecChange[]} breaking changes first, then non-breaking, then annotation-only; each
 *   edit once, however many operations reach it
 */
export function compareSpecs(before, after) {
  // The usual case between releases, and the gate's in `npm test`: the bundle is the baseline.
  // Comparing the documents takes milliseconds; api-smart-diff takes about a second to say so.
  if (isDeepStrictEqual(before, after)) return [];
  const { diffs, merged } = apiCompare(before, after);
  const usesBefore = usageIndex(before);
  const usesAfter = usageIndex(after);
  // Every edit inside a component is reported once at its own place under `components/`, and again
  // through each `$ref` that reaches it. A change found only through a `$ref` is not an edit of the
  // referenced component but of the reference (it now points elsewhere): keep that one where it
  // was reported.
  const found = diffs.map((diff) => {
    const [primary, secondary] = diff.action === "remove" ? [before, after] : [after, before];
    return { diff, at: locate(primary, merged, diff.path) ?? locate(secondary, merged, diff.path) };
  });
  const keyOf = (/** @type {string} */ action, /** @type {string[]} */ owner, /** @type {string[]} */ rest) => `${action} ${pointerToString([...owner, ...rest])}`;
  const direct = new Set(found.filter(({ at }) => at && !at.crossed).map(({ diff, at }) => keyOf(diff.action, at?.owner ?? [], at?.rest ?? [])));
  /** @type {Map<string, import("./rules.mjs").LocatedChange>} */
  const located = new Map();
  for (const { diff, at } of found) {
    let owner = at?.owner ?? [];
    let rest = at?.rest ?? diff.path.map(String);
    if (at?.crossed && !direct.has(keyOf(diff.action, owner, rest))) {
      owner = [];
      rest = diff.path.map(String);
    }
    // An edit inside a component that no `$ref` led to is still that component's.
    if (owner.length === 0 && rest[0] === "components" && rest.length > 3) {
      owner = rest.slice(0, 3);
      rest = rest.slice(3);
    }
    const key = keyOf(diff.action, owner, rest);
    if (located.has(key)) continue;
    const ownerKey = pointerToString(owner);
    /** @type {Use[]} */
    const uses = [];
    if (owner.length) {
      for (const use of [...(usesAfter.get(ownerKey) ?? []), ...(usesBefore.get(ownerKey) ?? [])]) {
        if (!uses.some((u) => u.operation === use.operation && u.where === use.where)) uses.push(use);
      }
    }
    located.set(key, { action: diff.action, owner, rest, before: diff.before, after: diff.after, beforeDoc: before, afterDoc: after, uses });
  }

  // api-smart-diff pairs `allOf` members by position: the same `$ref` moving to another member
  // shows as a removal and an addition of one value.
  for (const [key, change] of located) {
    if (change.action !== "remove" || change.rest.at(-1) !== "$ref") continue;
    const container = pointerToString([...change.owner, ...change.rest.slice(0, -3)]);
    const twin = [...located].find(([, c]) => c.action === "add" && c.rest.at(-1) === "$ref" && c.after === change.before && pointerToString([...c.owner, ...c.rest.slice(0, -3)]) === container);
    if (twin) {
      located.delete(key);
      located.delete(twin[0]);
    }
  }

  // A property added or removed together with its `required` entry is one change.
  const propertyEdits = new Set(
    [...located.values()]
      .filter((c) => c.rest.at(-2) === "properties" && (c.action === "add" || c.action === "remove"))
      .map((c) => pointerToString([...c.owner, ...c.rest])),
  );
  /** @type {SpecChange[]} */
  const changes = [];
  for (const change of located.values()) {
    const requiredAt = change.rest.lastIndexOf("required");
    if (requiredAt >= 0 && requiredAt >= change.rest.length - 2) {
      const property = change.action === "remove" ? change.before : change.after;
      const container = [...change.owner, ...change.rest.slice(0, requiredAt)];
      if (typeof property === "string" && propertyEdits.has(pointerToString([...container, "properties", property]))) continue;
    }
    const verdict = classify(change);
    changes.push({
      ...verdict,
      pointer: pointerToString([...change.owner, ...change.rest]),
      action: change.action,
      before: change.before,
      after: change.after,
      uses: change.uses,
    });
  }
  markLikelyRenames(changes);
  return changes.sort((a, b) => ORDER[a.classification] - ORDER[b.classification] || a.subject.localeCompare(b.subject));
}

/** @param {unknown} schema */
const shape = (schema) => JSON.stringify(schema, (key, value) => (key === "description" || key === "examples" || key === "example" ? undefined : value));

/**
 * A property removed where another with the same definition was added is most likely a rename:
 * say so, since that is what the spec author did and what a consumer has to follow.
 * @param {SpecChange[]} changes
 */
function markLikelyRenames(changes) {
  const container = (/** @type {string} */ pointer) => pointer.slice(0, pointer.lastIndexOf("/properties/"));
  for (const removed of changes) {
    if (removed.action !== "remove" || !removed.pointer.includes("/properties/") || removed.change !== "property removed") continue;
    const added = changes.find((c) => c.action === "add" && c.pointer.includes("/properties/") && container(c.pointer) === container(removed.pointer) && shape(c.after) === shape(removed.before));
    if (!added) continue;
    const newName = added.pointer.slice(added.pointer.lastIndexOf("/") + 1);
    removed.change = `property removed (renamed to \`${newName}\`?)`;
  }
}
