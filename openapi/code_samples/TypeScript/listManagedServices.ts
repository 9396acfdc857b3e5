import { createPartnerCenterClient, listManagedServices } from "@partnercenter/client";

// App+User token only (secure application model).
const partnerCenter = createPartnerCenterClient({
  accessToken: process.env.PARTNER_CENTER_ACCESS_TOKEN ?? "",
});

const services = await listManagedServices(partnerCenter, "4d2d4d7a-2a0c-4c1d-9d6b-3a6d7a1f2b10");
for (const service of services.items ?? []) {
  console.log(service.name, service.links?.adminService?.uri);
}
