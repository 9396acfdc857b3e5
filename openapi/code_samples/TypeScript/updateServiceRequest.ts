import {
  addServiceRequestNote,
  createPartnerCenterClient,
  updateServiceRequest,
} from "@partnercenter/client";

// App+User token only (secure application model).
const partnerCenter = createPartnerCenterClient({
  accessToken: process.env.PARTNER_CENTER_ACCESS_TOKEN ?? "",
});

// Adding a note is one call.
await addServiceRequestNote(partnerCenter, "616122292874576", "Customer confirmed the fix.");

// Only the fields given are sent. Retries reuse the
// same MS-RequestId, so the service applies this once.
const serviceRequest = await updateServiceRequest(partnerCenter, "616122292874576", {
  status: "closed",
  newNote: { text: "Resolved." },
});
console.log(serviceRequest.status, serviceRequest.lastClosedDate);
