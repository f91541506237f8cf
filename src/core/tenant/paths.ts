/** The message processing log API (CPI's OData API, read only; see mplApi.ts). */
export const MPL_API_PATH = '/api/v1/MessageProcessingLogs';

/** Whether a path is the message processing log API or one of its resources. */
export function isMplApiPath(path: string): boolean {
  return (
    path === MPL_API_PATH ||
    path.startsWith(`${MPL_API_PATH}(`) ||
    path.startsWith(`${MPL_API_PATH}/`)
  );
}

/**
 * Whether the tenant answers a path (after the app's base): /oauth/token, /http/<address> and
 * the message processing log API. The Service Worker and the dev server ask before they answer.
 */
export function isTenantPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower === '/oauth/token' || lower.startsWith('/http/') || isMplApiPath(path);
}
