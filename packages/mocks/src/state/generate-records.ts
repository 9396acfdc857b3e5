import type { SchemaObject, SpecDocument } from "../spec/document.js";
import type { ValueSource } from "../value-source.js";
import type { ResourceRecord } from "./store.js";

// Microsoft's fictitious names (https://learn.microsoft.com/en-us/legal/intellectualproperty/trademarks/fictitious-names)
// and a few people, so generated records read like the documentation's.
const COMPANIES = [
  "Fabrikam", "Tailspin Toys", "Northwind Traders", "Adventure Works", "Wingtip Toys", "Litware", "Proseware", "Woodgrove Bank",
  "Alpine Ski House", "Coho Winery", "Lucerne Publishing", "Margie's Travel", "Trey Research", "Wide World Importers",
  "Humongous Insurance", "Fourth Coffee", "Blue Yonder Airlines", "Relecloud", "Lamna Healthcare", "Bellows College",
  "Consolidated Messenger", "First Up Consultants", "City Power & Light", "Southridge Video", "Graphic Design Institute",
  "Best For You Organics", "VanArsdel", "Munson's Pickles and Preserves", "School of Fine Art", "Datum Corporation",
];
const FIRST_NAMES = ["Avery", "Jordan", "Riley", "Morgan", "Casey", "Quinn", "Taylor", "Jamie", "Alex", "Robin", "Drew", "Sam"];
const LAST_NAMES = ["Smith", "Garcia", "Chen", "Okafor", "Novak", "Haddad", "Ivanova", "Tanaka", "Silva", "Kowalski", "Dubois", "Khan"];
const CITIES = ["Redmond", "Seattle", "Bellevue", "Portland", "Denver", "Austin", "Chicago", "Boston"];
const BASE_DATE_MS = Date.UTC(2024, 0, 15, 9, 0, 0);
const DATE_PATTERN_HINT = "\\d{4}-\\d{2}-\\d{2}T";

/** Who a generated record is about: one company and one person, so its fields agree with each other. */
interface Persona {
  index: number;
  company: string;
  domain: string;
  first: string;
  last: string;
}

function personaOf(index: number): Persona {
  const round = Math.floor(index / COMPANIES.length);
  const company = `${COMPANIES[index % COMPANIES.length]}${round ? ` ${round + 1}` : ""}`;
  const slug = company.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return {
    index,
    company,
    domain: `${slug}.onmicrosoft.com`,
    first: FIRST_NAMES[index % FIRST_NAMES.length] as string,
    last: LAST_NAMES[(index * 7) % LAST_NAMES.length] as string,
  };
}

/** A value for a text property, chosen by its name: `undefined` when the name says nothing. */
function textByName(name: string, persona: Persona, schema: SchemaObject): string | undefined {
  const lower = name.toLowerCase();
  if (/^(companyname|displayname|friendlyname|name)$/.test(lower)) return persona.company;
  if (/domain$/.test(lower)) return persona.domain;
  if (/email|userprincipalname/.test(lower)) return `${persona.first}.${persona.last}@${persona.domain}`.toLowerCase();
  if (lower === "firstname") return persona.first;
  if (lower === "lastname") return persona.last;
  if (lower === "city") return CITIES[persona.index % CITIES.length];
  if (lower === "state" && (schema.maxLength ?? 2) >= 2) return "WA";
  if (lower === "country" || lower === "countrycode") return "US";
  if (lower === "postalcode") return "98052";
  if (lower === "phonenumber") return "4255550100";
  if (lower === "addressline1") return `${100 + persona.index} Main Street`;
  if (lower === "culture") return "en-US";
  if (lower === "language") return "en";
  return undefined;
}

interface Generation {
  spec: SpecDocument;
  values: ValueSource;
  persona: Persona;
}

function generate(state: Generation, schema: SchemaObject, name: string, required: boolean, depth: number, component?: string): unknown {
  const { spec, values, persona } = state;
  const resolved = spec.dereference(schema);
  const componentName = schema.$ref?.split("/").pop() ?? component;
  if (resolved.const !== undefined) return resolved.const;
  const allowed = spec.enumOf(resolved);
  if (allowed?.length) return allowed.find((value) => !/^(none|unknown)$/i.test(String(value))) ?? allowed[0];
  const types = spec.typesOf(resolved).filter((type) => type !== "null");
  const type = types[0] ?? (spec.properties(resolved).size ? "object" : undefined);
  switch (type) {
    case "string": {
      if (resolved.format === "uuid") return values.guid();
      if (resolved.pattern?.includes(DATE_PATTERN_HINT)) return new Date(BASE_DATE_MS + persona.index * 86_400_000).toISOString();
      const byName = textByName(name, persona, resolved);
      if (byName !== undefined) return byName;
      if (!required || resolved.pattern) return undefined;
      return `${name} ${persona.index + 1}`.slice(0, resolved.maxLength ?? 64);
    }
    case "integer":
    case "number":
      return required ? Math.max(resolved.minimum ?? 1, 1) : undefined;
    case "boolean":
      return required ? false : undefined;
    case "array": {
      if (!required) return undefined;
      const items = spec.itemsOf(resolved);
      const item = items ? generate(state, items, name, true, depth + 1) : undefined;
      return item === undefined ? [] : [item];
    }
    case "object": {
      if (depth > 3) return undefined;
      const requiredNames = new Set<string>();
      const collect = (node: SchemaObject) => {
        const current = spec.dereference(node);
        for (const entry of current.required ?? []) requiredNames.add(entry);
        for (const branch of current.allOf ?? []) collect(branch);
      };
      collect(resolved);
      const out: ResourceRecord = {};
      for (const { name: property, schema: propertySchema } of spec.properties(resolved).values()) {
        if (property === "links" || propertySchema.writeOnly || spec.dereference(propertySchema).writeOnly) continue;
        if (property === "attributes") {
          if (componentName) out.attributes = { objectType: componentName };
          continue;
        }
        const value = generate(state, propertySchema, property, requiredNames.has(property), depth + 1);
        if (value !== undefined && !(typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0)) out[property] = value;
      }
      return Object.keys(out).length || required ? out : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * `count` records drawn from a collection's item schema, the same for the same value source:
 * required fields always, plus the fields whose names say what they hold (company and person
 * names, domains, emails, addresses), IDs (`format: uuid`), dates and enum values, each record
 * about one fictitious company. Every record is checked against the schema.
 *
 * @param schemaPointer the JSON pointer of the item schema
 * @param firstIndex the index of the first record, so that generated names follow on
 * @throws Error naming the record and the problem when a generated record does not match its schema
 */
export function generateRecords(spec: SpecDocument, schemaPointer: string, count: number, values: ValueSource, firstIndex = 0): ResourceRecord[] {
  const schema = spec.resolve(schemaPointer) as SchemaObject;
  const component = schemaPointer.startsWith("#/components/schemas/") ? schemaPointer.split("/")[3] : undefined;
  const validate = spec.validatorAt(schemaPointer);
  const records: ResourceRecord[] = [];
  for (let index = firstIndex; index < firstIndex + count; index += 1) {
    const record = generate({ spec, values, persona: personaOf(index) }, schema, "record", true, 0, component) as ResourceRecord;
    if (!validate(record)) throw new Error(`generated record ${index} of ${schemaPointer} does not match its schema: ${JSON.stringify(validate.errors?.[0])}`);
    records.push(record);
  }
  return records;
}
