import type { HttpsSenderConfig } from '../adapters/https';
import type { CallerNote } from './accessLog';
import { normalizeSubject, type Certificates } from './certificates';
import { clientUserName } from './context';
import { header, parseBasic, parseBearer, textResponse } from './http';
import type { OAuthClients } from './oauthClients';
import type { Roles } from './roles';
import type { Tokens } from './tokens';
import type { TenantRequest, TenantResponse } from './types';
import type { Users } from './users';
import { placePath } from './places';

export interface AuthDeps {
  tokens: Tokens;
  users: Users;
  clients: OAuthClients;
  certificates: Certificates;
  realm: string;
}

/**
 * Who is calling, or the 401/403 answer to send instead; a refusal still names the caller when
 * it is known (`verified` false when the identity was only claimed), for the access log.
 */
export type AuthOutcome =
  | { ok: true; user: string }
  | { ok: false; response: TenantResponse; caller?: string; verified?: boolean };

const unauthorized = (
  text: string,
  challenge: string,
  caller?: { name: string; verified: boolean },
): AuthOutcome => ({
  ok: false,
  response: textResponse(401, `401 Unauthorized: ${text}`, { 'WWW-Authenticate': challenge }),
  ...(caller ? { caller: caller.name, verified: caller.verified } : {}),
});

/**
 * Who calls, for User Role authorization and the tenant's API: identity from a bearer token,
 * Basic credentials or a mapped certificate.
 */
export async function identify(req: TenantRequest, deps: AuthDeps): Promise<AuthOutcome> {
  const basicChallenge = `Basic realm="${deps.realm}"`;
  const authorization = header(req.headers, 'authorization');
  if (authorization) {
    const token = parseBearer(authorization);
    if (token) {
      const check = await deps.tokens.check(token);
      const challenge = (d: string) =>
        `Bearer realm="${deps.realm}", error="invalid_token", error_description="${d}"`;
      if (check.state === 'invalid')
        return unauthorized('the access token is invalid or unknown', challenge('invalid token'));
      if (check.state === 'expired')
        return unauthorized(
          `the access token expired at ${new Date(check.expiresAt).toISOString()}; fetch a new one`,
          challenge('token expired'),
          { name: clientUserName(check.clientId), verified: true },
        );
      return { ok: true, user: clientUserName(check.clientId) };
    }
    const basic = parseBasic(authorization);
    if (basic) {
      if (await deps.users.verify(basic.user, basic.password))
        return { ok: true, user: basic.user };
      // As on CPI's Cloud Foundry runtime, an OAuth client's id and secret also work as Basic.
      if (await deps.clients.verify(basic.user, basic.password))
        return { ok: true, user: clientUserName(basic.user) };
      return unauthorized('invalid user name or password', basicChallenge, {
        name: basic.user,
        verified: false,
      });
    }
    return unauthorized('unsupported Authorization header; use Bearer or Basic', basicChallenge);
  }
  if (req.clientCertificate) {
    const mapping = await deps.certificates.get(req.clientCertificate);
    if (mapping) return { ok: true, user: mapping.user };
    return unauthorized(
      `client certificate "${req.clientCertificate}" is not registered; register it under ${placePath('security', 'certificates')}`,
      basicChallenge,
    );
  }
  return unauthorized(
    'no credentials sent; use Authorization: Bearer <access token> or Basic authentication',
    `${basicChallenge}, Bearer realm="${deps.realm}"`,
  );
}

/** Client Certificate authorization: the subject must be registered and allowed by the adapter. */
async function certificateIdentity(
  req: TenantRequest,
  config: HttpsSenderConfig,
  deps: AuthDeps,
): Promise<AuthOutcome> {
  const challenge = `Certificate realm="${deps.realm}"`;
  const subject = req.clientCertificate?.trim();
  if (!subject) return unauthorized('this endpoint requires a client certificate', challenge);
  const mapping = await deps.certificates.get(subject);
  if (!mapping)
    return unauthorized(
      `client certificate "${subject}" is not registered; register it under ${placePath('security', 'certificates')}`,
      challenge,
    );
  const allowed = config.clientCertificates.split('\n').map(normalizeSubject).filter(Boolean);
  if (!allowed.includes(normalizeSubject(subject)))
    return {
      ok: false,
      response: textResponse(
        403,
        `403 Forbidden: client certificate "${subject}" is not among the certificates allowed by this endpoint (its HTTPS adapter's Client Certificates)`,
      ),
      caller: mapping.user,
      verified: true,
    };
  return { ok: true, user: mapping.user };
}

export function authenticate(
  req: TenantRequest,
  config: HttpsSenderConfig,
  deps: AuthDeps,
): Promise<AuthOutcome> {
  return config.authorization === 'ClientCertificate'
    ? certificateIdentity(req, config, deps)
    : identify(req, deps);
}

/**
 * Notes who called for the access log (a refused caller too, when known) and gives the verified
 * user, or the 401/403 to send.
 */
export function callerOf(auth: AuthOutcome, note: CallerNote): string | TenantResponse {
  if (!auth.ok) {
    if (auth.caller) Object.assign(note, { caller: auth.caller, verified: auth.verified === true });
    return auth.response;
  }
  Object.assign(note, { caller: auth.user, verified: true });
  return auth.user;
}

/** The 403 for a user without `role` (`neededFor`: "by flow …", "to read …"), or null. */
export async function missingRole(
  roles: Roles,
  user: string,
  role: string,
  neededFor: string,
): Promise<TenantResponse | null> {
  if ((await roles.rolesOf(user)).includes(role)) return null;
  return textResponse(
    403,
    `403 Forbidden: user "${user}" does not have the role "${role}" required ${neededFor}. Assign "${role}" to "${user}" under ${placePath('security', 'roles')}.`,
  );
}
