import { isError, notFound, type Rule } from "../actions.js";
import type { ResourceRecord } from "../store.js";

/**
 * A new user account of the customer, active, its password never kept or returned.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/create-user-accounts-for-a-customer
 */
export const newUser: Rule = (call, next) => {
  const outcome = next();
  if (isError(outcome)) return outcome;
  const { passwordProfile: _password, ...user } = outcome.body as ResourceRecord;
  const record: ResourceRecord = {
    ...user,
    state: "active",
    links: { self: { uri: `/customers/${call.pathParameters.customer_id}/users/${user.id as string}`, method: "GET", headers: [] } },
    attributes: { objectType: "CustomerUser" },
  };
  call.store.put(call.binding.collection, record, call.scope, call.binding.idField);
  return { ...outcome, body: record };
};

/**
 * Deleting a user is a soft delete: the account becomes `inactive`, with the time of deletion,
 * and can be restored (by setting `state` back to `active`) for 30 days. It no longer appears in
 * the user list unless asked for with the `UserState` filter.
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/delete-user-accounts-for-a-customer
 */
export const softDeleteUser: Rule = (call) => {
  const id = call.pathParameters.user_id as string;
  const user = call.store.get(call.binding.collection, id, call.scope);
  if (!user || user.state === "inactive") return notFound(call, "user_id", id, "user");
  call.store.put(call.binding.collection, { ...user, state: "inactive", softDeletionTime: call.now().toISOString() }, call.scope, call.binding.idField);
  return { status: call.operation.success.status };
};

/** The user list leaves deleted (inactive) accounts out unless the call filters by state. */
export const activeUsersUnlessFiltered: Rule = (call, next) => {
  if (!call.query.has("filter")) call.exclude = (user) => user.state === "inactive";
  return next();
};

/**
 * Adding a user to a directory role: the member recorded under the role, and the role among the
 * user's roles (named as the spec's examples name it). The user must exist (404).
 *
 * @see https://learn.microsoft.com/en-us/partner-center/developer/set-user-roles-for-a-customer
 */
export const roleMember: Rule = (call, next) => {
  const customer = { customer_id: call.pathParameters.customer_id as string };
  const userId = (call.body as { id?: unknown } | undefined)?.id;
  const user = typeof userId === "string" ? call.store.get("users", userId, customer) : undefined;
  if (!user) return notFound(call, "user_id", String(userId), "user");
  const roleId = call.pathParameters.role_id as string;
  const outcome = next();
  if (isError(outcome)) return outcome;
  const member: ResourceRecord = { ...(outcome.body as ResourceRecord), roleId, attributes: { objectType: "UserMember" } };
  call.store.put(call.binding.collection, member, call.scope, call.binding.idField);
  const known = call.store.all("userRoles").find((role) => String(role.id).toLowerCase() === roleId.toLowerCase());
  const role: ResourceRecord = { id: roleId, name: (known?.name as string | undefined) ?? "Directory role", attributes: { objectType: "DirectoryRole" } };
  call.store.put("userRoles", role, { ...customer, user_id: user.id as string });
  return { ...outcome, body: member };
};
