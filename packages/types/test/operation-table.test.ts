// The operation table against the bundled spec, read independently here: every operation is in
// it, as the spec declares it, and nothing else is.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { operationTable, parameterComponents, type OperationTableEntry, type TableParameter } from "../src/index.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

interface SpecOperation {
  operationId: string;
  security?: Record<string, string[]>[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, unknown> }>;
  "x-partner-center-paging"?: { form: string; sizeParameter: string; offsetParameter?: string };
}
interface Spec {
  security?: Record<string, string[]>[];
  paths: Record<string, Partial<Record<(typeof METHODS)[number], SpecOperation>>>;
}

let spec: Spec;
const inSpec: { method: string; path: string; operation: SpecOperation }[] = [];
const table: Record<string, OperationTableEntry> = operationTable;

beforeAll(async () => {
  spec = JSON.parse(await readFile(createRequire(import.meta.url).resolve("@partnercenter/openapi/openapi.json"), "utf8")) as Spec;
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) inSpec.push({ method, path, operation });
    }
  }
});

const parameterOf = (raw: string | TableParameter): TableParameter => (typeof raw === "string" ? (parameterComponents as Record<string, TableParameter>)[raw]! : raw);

describe("operationTable", () => {
  it("holds exactly the spec's operations, by operationId", () => {
    expect(inSpec.length).toBeGreaterThanOrEqual(44);
    expect(Object.keys(table).sort()).toEqual(inSpec.map(({ operation }) => operation.operationId).sort());
  });

  it("gives each operation its method, path, success status and media type, and security", () => {
    for (const { method, path, operation } of inSpec) {
      const entry = table[operation.operationId];
      const status = Object.keys(operation.responses).find((code) => /^2\d\d$/.test(code))!;
      const mediaType = Object.keys(operation.responses[status]?.content ?? {})[0];
      const schemes = [...new Set((operation.security ?? spec.security ?? []).flatMap((requirement) => Object.keys(requirement)))];
      expect(entry, operation.operationId).toMatchObject({ method, path, security: schemes });
      expect(entry?.success, operation.operationId).toEqual(mediaType ? { status: Number(status), mediaType } : { status: Number(status) });
      expect(entry?.requestBody !== undefined, `${operation.operationId} request body`).toBe(operation.requestBody !== undefined);
    }
  });

  it("lists every path parameter of the template as a required path parameter", () => {
    for (const { path, operation } of inSpec) {
      const declared = table[operation.operationId]!.parameters.map(parameterOf).filter((parameter) => parameter.in === "path");
      const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
      expect(declared.map((parameter) => parameter.name).sort(), operation.operationId).toEqual(inTemplate.sort());
      expect(declared.every((parameter) => parameter.required), operation.operationId).toBe(true);
    }
  });

  it("has a paging entry exactly where the spec has x-partner-center-paging", () => {
    const paged = inSpec.filter(({ operation }) => operation["x-partner-center-paging"]);
    expect(paged.map(({ operation }) => operation.operationId)).toEqual(expect.arrayContaining(["listCustomers", "listUsers", "listInvoices", "listProducts", "listAuditRecords"]));
    for (const { operation } of inSpec) {
      const paging = operation["x-partner-center-paging"];
      const expected = paging && { form: paging.form, sizeParameter: paging.sizeParameter, ...(paging.offsetParameter ? { offsetParameter: paging.offsetParameter } : {}) };
      expect(table[operation.operationId]?.paging, operation.operationId).toEqual(expected);
    }
  });

  it("keeps the forms the client and the mock rely on", () => {
    expect(operationTable.listCustomers.paging).toEqual({ form: "seek", sizeParameter: "size" });
    expect(operationTable.listInvoices.paging).toEqual({ form: "offset", sizeParameter: "size", offsetParameter: "offset" });
    expect(operationTable.verifyDomainAvailability).toMatchObject({ method: "head", path: "/v1/domains/{domain}", success: { status: 200 } });
    expect(operationTable.deleteUser.success).toEqual({ status: 204 });
    expect(operationTable.getInvoiceStatement.success).toEqual({ status: 200, mediaType: "application/pdf" });
    expect(operationTable.getRelationshipRequest.security).toEqual(["AppUser"]);
    expect(operationTable.getCustomer.security).toEqual(["AppUser", "AppOnly"]);
  });
});
