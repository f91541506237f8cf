/**
 * Names of the places in the app where the user manages the tenant. The tenant's messages and
 * the UI's headings both use these, so a message never sends the user to a heading that does
 * not exist.
 */
export const TENANT_PLACES = {
  security: 'Security',
  clients: 'OAuth Clients',
  roles: 'Role Assignments',
  users: 'Users',
  certificates: 'Client Certificates',
  monitor: 'Monitor',
  messages: 'Message Processing',
  rejected: 'Rejected Calls',
  deployed: 'Manage Integration Content',
  stores: 'Manage Stores',
  console: 'Test Console',
} as const;

/** "Security → Role Assignments" and the like. */
export function placePath(...names: (keyof typeof TENANT_PLACES)[]): string {
  return names.map((n) => TENANT_PLACES[n]).join(' → ');
}
