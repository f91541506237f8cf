import { header, jsonResponse, parseBasic } from './http';
import { bodyText } from '../expression/bodyText';
import type { OAuthClients } from './oauthClients';
import type { Tokens } from './tokens';
import type { TenantRequest, TenantResponse } from './types';
import type { CallerNote } from './accessLog';
import { placePath } from './places';

function oauthError(
  status: number,
  error: string,
  description: string,
  extra: Record<string, string> = {},
) {
  return jsonResponse(status, { error, error_description: description }, extra);
}

/** Form fields of an application/x-www-form-urlencoded body; empty for any other body. */
function formFields(req: TenantRequest): URLSearchParams {
  const type = header(req.headers, 'content-type') ?? '';
  const body = bodyText(req.body);
  const looksLikeForm =
    type.includes('application/x-www-form-urlencoded') || /^[\w.~%+-]+=/.test(body);
  return new URLSearchParams(looksLikeForm ? body : '');
}

/**
 * POST /oauth/token with client credentials: Basic client id and secret (or client_id and
 * client_secret form fields), grant_type in the query or the form body.
 */
export async function handleTokenRequest(
  req: TenantRequest,
  query: string,
  clients: OAuthClients,
  tokens: Tokens,
  note: CallerNote = {},
): Promise<TenantResponse> {
  if (req.method.toUpperCase() !== 'POST')
    return oauthError(405, 'invalid_request', 'The token endpoint accepts only POST', {
      Allow: 'POST',
    });
  const form = formFields(req);
  const authorization = header(req.headers, 'authorization');
  const basic = authorization ? parseBasic(authorization) : null;
  const clientId = basic?.user ?? form.get('client_id');
  const secret = basic?.password ?? form.get('client_secret');
  const challenge = { 'WWW-Authenticate': 'Basic realm="oauth"' };
  if (!clientId || secret === null || secret === undefined)
    return oauthError(
      401,
      'invalid_client',
      'Client authentication required: send the client ID and secret with Basic authentication',
      challenge,
    );
  note.caller = clientId;
  note.verified = false;
  const client = await clients.verify(clientId, secret);
  if (!client)
    return oauthError(
      401,
      'invalid_client',
      `Bad client credentials: unknown client ID or wrong secret (registered clients are listed under ${placePath('security', 'clients')})`,
      challenge,
    );
  note.verified = true;
  const grantType = new URLSearchParams(query).get('grant_type') ?? form.get('grant_type');
  if (!grantType)
    return oauthError(
      400,
      'invalid_request',
      'Missing grant_type (use grant_type=client_credentials)',
    );
  if (grantType !== client.grantType)
    return oauthError(
      400,
      'unsupported_grant_type',
      `Grant type "${grantType}" is not supported; use client_credentials`,
    );
  const { token, expiresIn } = await tokens.issue(client.clientId, client.tokenValiditySec);
  return jsonResponse(
    200,
    { access_token: token, token_type: 'bearer', expires_in: expiresIn },
    { Pragma: 'no-cache' },
  );
}
