// The simulated tenant: pure core over a storage interface (IndexedDB in the app, memory in tests).
export * from './types';
export * from './storage';
export { createTenant, DEFAULT_TENANT_HOST, type Tenant, type TenantOptions } from './tenant';
export { createEngineExecutor, type RunFlowFn, type RequestToMessageFn } from './engineExecutor';
export { addressMatches, addressesConflict } from './address';
export { contentHash } from './contentHash';
export { isModified, type RuntimeCheck } from './deployments';
export { flowEndpoints } from './endpoints';
export { ESB_MESSAGING_SEND, MONITORING_DATA_READ } from './roles';
export { MPL_API_PATH, isTenantPath } from './paths';
export { clientUserName, endpointUrl, tokenEndpointUrl, runtimeSubscription } from './context';
export { normalizeSubject } from './certificates';
export type { RandomSource, PasswordHash } from './crypto';
export {
  TOKEN_VALIDITY_DEFAULT,
  TOKEN_VALIDITY_MAX,
  TOKEN_VALIDITY_MIN,
  checkTypedSecret,
} from './validateSecurity';
export { DEFAULT_LOG_CAP } from './messageLog';
export type { OAuthClientUpdate } from './oauthClients';
export { TENANT_PLACES, placePath } from './places';
export { redactDeep, redactHeaders, isCredentialHeader, requestSecrets, REDACTED } from './redact';
export { rejectionReason, DEFAULT_ACCESS_LOG_CAP } from './accessLog';
export { timerNote } from './timerRuns';
