// The copy of the spec the mock reads at run time. It sits beside the bundles' own files
// (dist/generated/mock-spec.json) so that every entry, ESM or CommonJS, loads the one file.
import document from "./generated/mock-spec.json" with { type: "json" };

export default document;
