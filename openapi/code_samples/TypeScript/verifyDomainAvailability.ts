import { createPartnerCenterClient, PartnerCenterError, verifyDomainAvailability } from "@partnercenter/client";

const partnerCenter = createPartnerCenterClient({
  // An App+User or App-only token: a string, a function returning one,
  // or an @azure/identity TokenCredential as `credential`.
  accessToken: process.env.PARTNER_CENTER_ACCESS_TOKEN ?? "",
});

// 200 means the domain is taken; the service answers 404 when it is still free.
async function isDomainAvailable(domain: string): Promise<boolean> {
  try {
    await verifyDomainAvailability(partnerCenter, domain);
    return false;
  } catch (error) {
    if (error instanceof PartnerCenterError && error.status === 404) return true;
    throw error;
  }
}

console.log(await isDomainAvailable("contosoretail.onmicrosoft.com"));
