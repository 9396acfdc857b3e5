import { createPartnerCenterClient } from "@partnercenter/client";

const partnerCenter = createPartnerCenterClient({ accessToken: process.env.PARTNER_CENTER_ACCESS_TOKEN ?? "" });

const { data: serviceRequest, error } = await partnerCenter.PATCH("/v1/servicerequests/{servicerequest_id}", {
  params: { path: { servicerequest_id: "616122292874576" } },
  body: { newNote: { text: "Customer confirmed the fix." } },
});
if (error) throw new Error(`Partner Center error: ${JSON.stringify(error)}`);
console.log(serviceRequest.status, serviceRequest.notes?.at(-1)?.text);
