/**
 * Config keys that hold credentials. Matched on the key's ending so "clientSecret",
 * "userPassword" and "accessToken" go while "tokenUrl" stays.
 */
const SECRET_ENDINGS = [
  'password',
  'passwd',
  'secret',
  'token',
  'apikey',
  'privatekey',
  'credentials',
];

/** Keys that end like a secret but are settings (CPI's CORS flag "accessControlAllowCredentials"). */
const NOT_SECRET_ENDINGS = ['allowcredentials'];

export function isSecretKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[_\-\s]/g, '');
  return (
    SECRET_ENDINGS.some((end) => k.endsWith(end)) &&
    !NOT_SECRET_ENDINGS.some((end) => k.endsWith(end))
  );
}

/**
 * A value that must not leave with an export: a secret-named key holding something. An empty
 * value or a reference to an externalised parameter ("{{Password}}") gives nothing away and is
 * kept, so CPI content exports with every property it came with.
 */
export function isSecretEntry(key: string, value: unknown): boolean {
  if (!isSecretKey(key)) return false;
  if (value === '' || value === undefined || value === null) return false;
  return !(typeof value === 'string' && /^\s*\{\{[^{}]+\}\}\s*$/.test(value));
}
