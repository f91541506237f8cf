import type { Endpoint, OAuthClient, RoleAssignment } from '../../../core/tenant';
import { appEndpointUrl, appTokenUrl } from '../appUrls';
import { recalledSecret } from '../secretMemory';
import { isModifying, type ConsoleAuth, type ConsoleForm } from './consoleModel';

/** The registered client best suited to an endpoint: one holding its role, else the first. */
export function clientFor(
  endpoint: Endpoint,
  clients: OAuthClient[],
  assignments: RoleAssignment[],
): OAuthClient | undefined {
  const role = endpoint.config.userRole.trim();
  const holds = (c: OAuthClient) =>
    assignments.some((a) => a.user === c.userName && a.roles.includes(role));
  return clients.find(holds) ?? clients[0];
}

/**
 * The form for testing an endpoint in one Send: its URL on the app's origin, a modifying
 * method, and OAuth 2.0 client credentials with the registered client (its secret when this
 * page still knows it). The body and headers the user typed stay.
 */
export function prepareForEndpoint(
  form: ConsoleForm,
  endpoint: Endpoint,
  clients: OAuthClient[],
  assignments: RoleAssignment[],
): ConsoleForm {
  const next: ConsoleForm = {
    ...form,
    url: appEndpointUrl(endpoint.address),
    method: isModifying(form.method) ? form.method : 'POST',
    autoCsrf: true,
  };
  if (endpoint.config.authorization !== 'UserRole') return next;
  const client = clientFor(endpoint, clients, assignments);
  return withAuth(next, {
    type: 'oauth',
    tokenUrl: appTokenUrl(),
    clientId: client?.clientId ?? '',
  });
}

/**
 * Applies an Authorization change; choosing another client fills its secret when this page
 * still knows it (shown at registration), else leaves the field for the user.
 */
export function withAuth(form: ConsoleForm, patch: Partial<ConsoleAuth>): ConsoleForm {
  const auth = { ...form.auth, ...patch };
  if (patch.clientId !== undefined && patch.clientId !== form.auth.clientId) {
    const known = recalledSecret(patch.clientId);
    // Another client's remembered secret never goes with this one; a typed secret stays.
    if (known !== undefined) auth.clientSecret = known;
    else if (form.auth.clientSecret === recalledSecret(form.auth.clientId)) auth.clientSecret = '';
  } else if (!auth.clientSecret && auth.clientId)
    auth.clientSecret = recalledSecret(auth.clientId) ?? '';
  return { ...form, auth };
}
