import { notFound, type Rule } from "../actions.js";
import type { ResourceRecord } from "../store.js";

/** Who the mock records as the author of a note when the token names no user. */
export const MOCK_NOTE_AUTHOR = "Partner Center mock";

/**
 * A service request update as the service applies it: `newNote` is appended to `notes` with the
 * caller's name and the time (and never stored as `newNote`); `status` may become `open`,
 * `closed` (which sets `lastClosedDate` when the request was not already closed) or
 * `attention_needed`; `lastModifiedDate` becomes now. Which other fields a PATCH changes is not
 * documented, so no other field changes.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/update-a-service-request
 */
export const serviceRequestUpdate: Rule = (call) => {
  const key = call.binding.key as string;
  const id = call.pathParameters[key] as string;
  const existing = call.store.get(call.binding.collection, id, call.scope);
  if (!existing) return notFound(call, key, id, call.binding.collection);
  const patch = (call.body ?? {}) as { status?: string; newNote?: { text?: string } };
  const timestamp = call.now().toISOString();
  const record: ResourceRecord = { ...existing };
  if (typeof patch.newNote?.text === "string") {
    record.notes = [...((existing.notes as unknown[] | undefined) ?? []), { createdByName: call.caller.userName ?? MOCK_NOTE_AUTHOR, createdDate: timestamp, text: patch.newNote.text }];
  }
  if (patch.status !== undefined) {
    if (patch.status === "closed" && existing.status !== "closed") record.lastClosedDate = timestamp;
    record.status = patch.status;
  }
  record.lastModifiedDate = timestamp;
  call.store.put(call.binding.collection, record, call.scope, call.binding.idField);
  return { status: call.operation.success.status, body: record };
};
