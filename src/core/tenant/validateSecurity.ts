/** Field checks for the Security forms; messages are shown inline next to the field. */

export type FieldError = { field: string; message: string };

export const TOKEN_VALIDITY_MIN = 3600;
export const TOKEN_VALIDITY_MAX = 86400;
export const TOKEN_VALIDITY_DEFAULT = 3600;

const CLIENT_ID = /^[A-Za-z0-9._~-]{1,128}$/;
const USER_NAME = /^[A-Za-z0-9._@~-]{1,128}$/;

export function checkClientId(clientId: string): FieldError[] {
  if (!clientId) return [{ field: 'clientId', message: 'Client ID is required' }];
  if (!CLIENT_ID.test(clientId))
    return [
      {
        field: 'clientId',
        message: 'Client ID may hold only letters, digits and . _ ~ - (at most 128 characters)',
      },
    ];
  return [];
}

export function checkTokenValidity(seconds: number): FieldError[] {
  if (!Number.isInteger(seconds) || seconds < TOKEN_VALIDITY_MIN || seconds > TOKEN_VALIDITY_MAX)
    return [
      {
        field: 'tokenValiditySec',
        message: `Token validity must be a whole number of seconds from ${TOKEN_VALIDITY_MIN} to ${TOKEN_VALIDITY_MAX}`,
      },
    ];
  return [];
}

export function checkName(name: string, field = 'name', label = 'Name'): FieldError[] {
  if (!name.trim()) return [{ field, message: `${label} is required` }];
  if (name.length > 200) return [{ field, message: `${label} must be at most 200 characters` }];
  return [];
}

export function checkSecret(secret: string, field = 'secret', label = 'Secret'): FieldError[] {
  if (!secret) return [{ field, message: `${label} is required` }];
  if (secret.length > 256) return [{ field, message: `${label} must be at most 256 characters` }];
  return [];
}

/** Shortest client secret a person may type (a generated one has 24 characters). */
export const TYPED_SECRET_MIN = 8;

/**
 * A client secret typed in a form: with the client ID it is all a caller needs for a token, so
 * it must not be guessable in a few tries. Empty means "generate one".
 */
export function checkTypedSecret(secret: string): FieldError[] {
  if (secret !== '' && secret.length < TYPED_SECRET_MIN)
    return [
      {
        field: 'secret',
        message: `Secret must have at least ${TYPED_SECRET_MIN} characters, or leave it empty to generate one`,
      },
    ];
  return secret ? checkSecret(secret) : [];
}

export function checkUserName(name: string): FieldError[] {
  if (!USER_NAME.test(name))
    return [
      {
        field: 'name',
        message: 'User name may hold only letters, digits and . _ @ ~ - (at most 128 characters)',
      },
    ];
  if (name.startsWith('oauth_client_'))
    return [
      { field: 'name', message: 'Names starting with "oauth_client_" are kept for OAuth clients' },
    ];
  return [];
}
