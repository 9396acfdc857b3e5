import document from "../mock-spec.js";
import { Router } from "../pipeline/router.js";
import { buildStateModel } from "../state/model.js";
import { SpecDocument, type OpenApiDocument } from "./document.js";
import { readOperations } from "./operations.js";

/** What the mock derives from a spec once: its operations, the router and the state model. */
export function prepareSpec(spec: SpecDocument) {
  const operations = readOperations(spec);
  return { spec, operations, router: new Router(operations), model: buildStateModel(spec, operations) };
}

let builtIn: ReturnType<typeof prepareSpec> | undefined;

/**
 * The spec this package was built from (`src/generated/mock-spec.json`, a stripped copy of the
 * bundled spec), read once per process however many mocks are created.
 */
export function builtInSpec(): ReturnType<typeof prepareSpec> {
  return (builtIn ??= prepareSpec(new SpecDocument(document as unknown as OpenApiDocument)));
}
