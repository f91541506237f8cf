/**
 * Client secrets shown once in this page (at registration or regeneration), kept in memory only
 * so the test console can use the registered client without the user copying the secret over.
 * Never stored: after a reload the user types the secret (or regenerates it).
 */
const secrets = new Map<string, string>();

export const rememberSecret = (clientId: string, secret: string): void =>
  void secrets.set(clientId, secret);
export const recalledSecret = (clientId: string): string | undefined => secrets.get(clientId);
export const forgetSecret = (clientId: string): void => void secrets.delete(clientId);
