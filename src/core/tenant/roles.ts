import type { TenantContext } from './context';
import type { Deployments } from './deployments';
import type { KnownRole, RoleAssignment } from './types';

const COLLECTION = 'roleAssignments';

/** The role CPI's HTTPS sender requires by default. */
export const ESB_MESSAGING_SEND = 'ESBMessaging.send';
/** The role that reads the message processing logs over the API (/api/v1/MessageProcessingLogs). */
export const MONITORING_DATA_READ = 'MonitoringDataRead';

/** Roles assigned to users and to oauth_client_<client id>, as in the runtime subscription's Roles. */
export function createRoles(ctx: TenantContext, deployments: Deployments) {
  async function rolesOf(user: string): Promise<string[]> {
    return (await ctx.storage.get<RoleAssignment>(COLLECTION, user))?.roles ?? [];
  }

  return {
    rolesOf,

    async assign(user: string, role: string): Promise<RoleAssignment> {
      const roles = await rolesOf(user);
      const next = { user, roles: roles.includes(role) ? roles : [...roles, role].sort() };
      await ctx.storage.put(COLLECTION, user, next);
      return next;
    },

    async unassign(user: string, role: string): Promise<RoleAssignment> {
      const next = { user, roles: (await rolesOf(user)).filter((r) => r !== role) };
      if (next.roles.length > 0) await ctx.storage.put(COLLECTION, user, next);
      else await ctx.storage.delete(COLLECTION, user);
      return next;
    },

    async removeUser(user: string): Promise<void> {
      await ctx.storage.delete(COLLECTION, user);
    },

    async list(): Promise<RoleAssignment[]> {
      return ctx.storage.list<RoleAssignment>(COLLECTION);
    },

    /**
     * ESBMessaging.send, MonitoringDataRead, every custom role a deployed HTTPS adapter names,
     * and assigned ones.
     */
    async known(): Promise<KnownRole[]> {
      const roles = new Map<string, KnownRole>([
        [ESB_MESSAGING_SEND, { name: ESB_MESSAGING_SEND, source: 'builtin', flows: [] }],
        [MONITORING_DATA_READ, { name: MONITORING_DATA_READ, source: 'builtin', flows: [] }],
      ]);
      for (const d of await deployments.current())
        for (const e of d.endpoints) {
          if (e.config.authorization !== 'UserRole') continue;
          const name = e.config.userRole.trim();
          const role = roles.get(name) ?? { name, source: 'adapter' as const, flows: [] };
          if (!role.flows.includes(d.flowName)) role.flows.push(d.flowName);
          roles.set(name, role);
        }
      for (const a of await ctx.storage.list<RoleAssignment>(COLLECTION))
        for (const name of a.roles)
          if (!roles.has(name)) roles.set(name, { name, source: 'assigned', flows: [] });
      return [...roles.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
  };
}

export type Roles = ReturnType<typeof createRoles>;
