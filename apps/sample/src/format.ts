import type { PartnerCenterError } from "@partnercenter/client";

/** Cuts `text` to `width` characters, ending with `…` when it was longer. */
export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** A value for a table cell or a line: `-` for nothing. */
export function show(value: unknown): string {
  return value === undefined || value === null || value === "" ? "-" : String(value);
}

/**
 * Renders `rows` as left-aligned columns under a header row, two spaces apart. A cell longer
 * than its column's entry in `maxWidths` (characters) is cut with `…`, which keeps a table
 * inside a 100-column terminal whatever the service sends.
 */
export function table(header: string[], rows: string[][], maxWidths: number[] = []): string[] {
  const fitted = rows.map((row) => header.map((_, index) => truncate(row[index] ?? "", maxWidths[index] ?? Number.POSITIVE_INFINITY)));
  const widths = header.map((title, index) => Math.max(title.length, ...fitted.map((row) => (row[index] as string).length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(header), ...fitted.map(line)];
}

/** `hh:mm:ss.mmm` (UTC) of an ISO 8601 date-time, or the text as it came when it is not one. */
export function timeOfDay(dateTime: string | undefined): string {
  if (dateTime === undefined) return "-";
  const time = Date.parse(dateTime);
  return Number.isNaN(time) ? dateTime : new Date(time).toISOString().slice(11, 23);
}

/** `1 customer`, `3 customers`: `plural` defaults to `singular` + `s`. */
export function count(amount: number, singular: string, plural = `${singular}s`): string {
  return `${amount} ${amount === 1 ? singular : plural}`;
}

/**
 * The lines that describe a failed call: HTTP status and category, then the Partner Center
 * error code, description and `MS-RequestId` (the ID Microsoft support asks for). The client
 * has already redacted any token from them.
 */
export function formatError(error: PartnerCenterError): string[] {
  return [
    error.status === 0 ? `No answer from Partner Center (${error.category})` : `Partner Center answered HTTP ${error.status} (${error.category})`,
    `  code:        ${show(error.code)}`,
    `  description: ${show(error.description)}`,
    `  request ID:  ${show(error.requestId)}`,
  ];
}
