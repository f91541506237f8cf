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

export function isSecretKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[_\-\s]/g, '');
  return SECRET_ENDINGS.some((end) => k.endsWith(end));
}
