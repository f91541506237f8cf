import type { RandomSource } from './crypto';
import type { TenantStorage } from './storage';

/** What every part of the tenant shares: storage, the simulated clock, randomness, names. */
export interface TenantContext {
  storage: TenantStorage;
  /** Simulated clock in ms; token and CSRF expiry and log times use it. */
  now: () => number;
  random: RandomSource;
  /** Runtime host shown in endpoint URLs. */
  host: string;
  /** Tenant name; the runtime subscription is "<tenantName>-iflmap". */
  tenantName: string;
  /** PBKDF2 iterations for new secret and password hashes. */
  hashIterations: number;
}

/** The user an OAuth client acts as, as CPI names it in role assignments. */
export function clientUserName(clientId: string): string {
  return `oauth_client_${clientId}`;
}

export function runtimeSubscription(tenantName: string): string {
  return `${tenantName}-iflmap`;
}

export function endpointUrl(host: string, address: string): string {
  return `https://${host}/http${address}`;
}

export function tokenEndpointUrl(host: string): string {
  return `https://${host}/oauth/token`;
}
