// The MS-RequestId replay cache is bounded in entries and in bytes, least recently used first,
// and stays correct for recent requests. Black-box: PATCH calls and the store they change.
import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createPartnerCenterMock, MOCK_SERVICE_REQUEST_ID, type PartnerCenterMockOptions } from "../src/index.js";
import { storedServiceRequest } from "./support/fixtures.js";

const API = "https://api.partnercenter.microsoft.com";
const requestIds = Array.from({ length: 300 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`);

function mockWith(options: PartnerCenterMockOptions) {
  const mock = createPartnerCenterMock(options);
  /** PATCHes a note with the given request ID; returns the status. */
  const addNote = async (requestId: string, text: string) => {
    const response = await getResponse(
      mock.handlers,
      new Request(`${API}/v1/servicerequests/${MOCK_SERVICE_REQUEST_ID}`, {
        method: "PATCH",
        headers: { Authorization: "Bearer replay-test", "Content-Type": "application/json", "MS-RequestId": requestId },
        body: JSON.stringify({ newNote: { text } }),
      }),
    );
    return response?.status;
  };
  const notesWith = (text: string) => storedServiceRequest(mock.store, MOCK_SERVICE_REQUEST_ID)?.notes?.filter((note) => note.text === text).length ?? 0;
  return { mock, addNote, notesWith };
}

describe("the MS-RequestId replay cache", () => {
  it("forgets the least recently used answer beyond idempotencyMaxEntries, and still replays the recent ones", async () => {
    const { addNote, notesWith } = mockWith({ idempotencyMaxEntries: 2 });
    await addNote(requestIds[0]!, "a");
    await addNote(requestIds[1]!, "b");
    await addNote(requestIds[0]!, "a"); // a replay: a is now the most recently used
    await addNote(requestIds[2]!, "c"); // evicts b
    expect(notesWith("a")).toBe(1);
    await addNote(requestIds[0]!, "a");
    await addNote(requestIds[2]!, "c");
    expect([notesWith("a"), notesWith("c")]).toEqual([1, 1]);
    await addNote(requestIds[1]!, "b"); // forgotten, so applied again
    expect(notesWith("b")).toBe(2);
  });

  it("keeps the remembered answers under idempotencyMaxBytes: old answers go, the latest is replayed", async () => {
    // Every answer holds every note, so answers grow with the notes; 2 kB notes, 64 KiB for all.
    const { addNote, notesWith } = mockWith({ idempotencyMaxBytes: 65_536 });
    const text = (index: number) => `${index} ${"x".repeat(2_000)}`;
    for (let index = 0; index < 40; index += 1) expect(await addNote(requestIds[index]!, text(index))).toBe(200);
    // The latest answer (about 80 kB of notes as UTF-16) is over the limit: nothing is kept...
    await addNote(requestIds[39]!, text(39));
    expect(notesWith(text(39))).toBe(2);
    // ...while early, small answers were kept until later ones pushed them out.
    await addNote(requestIds[0]!, text(0));
    expect(notesWith(text(0))).toBe(2);
  });

  it("replays every recent answer within the byte limit", async () => {
    const { addNote, notesWith } = mockWith({ idempotencyMaxBytes: 4 * 1_048_576 });
    for (let index = 0; index < 20; index += 1) await addNote(requestIds[index]!, `note ${index}`);
    for (let index = 0; index < 20; index += 1) await addNote(requestIds[index]!, `note ${index}`);
    for (let index = 0; index < 20; index += 1) expect(notesWith(`note ${index}`)).toBe(1);
  });

  it("bounds memory by default: 120 PATCHes of 2 kB notes keep at most 16 MiB of answers, and the latest is still replayed", async () => {
    const { mock, addNote, notesWith } = mockWith({});
    const text = (index: number) => `${index} ${"y".repeat(2_000)}`;
    for (let index = 0; index < 120; index += 1) await addNote(requestIds[index]!, text(index));
    // Unbounded, the 120 answers would hold 120 * 121 / 2 notes of 2 kB as UTF-16: about 29 MB.
    await addNote(requestIds[0]!, text(0));
    expect(notesWith(text(0))).toBe(2);
    await addNote(requestIds[119]!, text(119));
    expect(notesWith(text(119))).toBe(1);
    expect(storedServiceRequest(mock.store, MOCK_SERVICE_REQUEST_ID)?.notes?.length).toBeGreaterThan(120);
  });

  it.each([
    [{ idempotencyMaxEntries: 0 }, /idempotencyMaxEntries must be a whole number from 1, got 0/],
    [{ idempotencyMaxEntries: 1.5 }, /idempotencyMaxEntries must be a whole number from 1/],
    [{ idempotencyMaxBytes: -1 }, /idempotencyMaxBytes must be a whole number of bytes from 1, got -1/],
    [{ idempotencyWindowMs: 0 }, /idempotencyWindowMs must be a positive number of milliseconds/],
  ])("refuses %j with a TypeError naming the option", (options, message) => {
    expect(() => createPartnerCenterMock(options)).toThrow(TypeError);
    expect(() => createPartnerCenterMock(options)).toThrow(message);
  });
});
