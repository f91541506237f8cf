import type { TenantContext } from './context';
import { hashSecret, verifySecret } from './crypto';
import type { Roles } from './roles';
import type { SecurityResult, User, UserRecord } from './types';
import { checkSecret, checkUserName } from './validateSecurity';

const COLLECTION = 'users';

const view = (r: UserRecord): User => ({ name: r.name, createdAt: r.createdAt });

/** Users for Basic authentication; passwords kept only as salted hashes. */
export function createUsers(ctx: TenantContext, roles: Roles) {
  const get = (name: string) => ctx.storage.get<UserRecord>(COLLECTION, name);

  async function store(name: string, password: string, createdAt: number): Promise<User> {
    const record: UserRecord = {
      name,
      passwordHash: await hashSecret(password, ctx.random, ctx.hashIterations),
      createdAt,
    };
    await ctx.storage.put(COLLECTION, name, record);
    return view(record);
  }

  return {
    async create(name: string, password: string): Promise<SecurityResult<User>> {
      const errors = [...checkUserName(name), ...checkSecret(password, 'password', 'Password')];
      if (errors.length === 0 && (await get(name)))
        errors.push({ field: 'name', message: `User "${name}" already exists` });
      if (errors.length > 0) return { ok: false, errors };
      return { ok: true, value: await store(name, password, ctx.now()) };
    },

    async setPassword(name: string, password: string): Promise<SecurityResult<User>> {
      const current = await get(name);
      if (!current) return { ok: false, errors: [{ field: 'name', message: `No user "${name}"` }] };
      const errors = checkSecret(password, 'password', 'Password');
      if (errors.length > 0) return { ok: false, errors };
      return { ok: true, value: await store(name, password, current.createdAt) };
    },

    async remove(name: string): Promise<boolean> {
      if (!(await get(name))) return false;
      await ctx.storage.delete(COLLECTION, name);
      await roles.removeUser(name);
      return true;
    },

    async exists(name: string): Promise<boolean> {
      return (await get(name)) !== undefined;
    },

    async list(): Promise<User[]> {
      return (await ctx.storage.list<UserRecord>(COLLECTION)).map(view);
    },

    async verify(name: string, password: string): Promise<boolean> {
      const r = await get(name);
      return r !== undefined && (await verifySecret(password, r.passwordHash));
    },
  };
}

export type Users = ReturnType<typeof createUsers>;
