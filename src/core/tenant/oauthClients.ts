import { clientUserName, runtimeSubscription, type TenantContext } from './context';
import { hashSecret, randomString, verifySecret } from './crypto';
import type { Roles } from './roles';
import type { Tokens } from './tokens';
import type { OAuthClient, OAuthClientInput, OAuthClientRecord, SecurityResult } from './types';
import {
  TOKEN_VALIDITY_DEFAULT,
  checkClientId,
  checkName,
  checkSecret,
  checkTokenValidity,
  type FieldError,
} from './validateSecurity';

const COLLECTION = 'oauthClients';

export type OAuthClientUpdate = Partial<
  Pick<OAuthClientRecord, 'name' | 'subscription' | 'tokenValiditySec' | 'description'>
>;

function publicView(r: OAuthClientRecord): OAuthClient {
  const { secretHash: _secretHash, ...rest } = r;
  return { ...rest, userName: clientUserName(r.clientId) };
}

/** OAuth clients (Security → OAuth Settings → Clients). Secrets are shown once, kept hashed. */
export function createOAuthClients(ctx: TenantContext, tokens: Tokens, roles: Roles) {
  const subscription = runtimeSubscription(ctx.tenantName);
  const get = (clientId: string) => ctx.storage.get<OAuthClientRecord>(COLLECTION, clientId);

  function checkFields(r: Omit<OAuthClientRecord, 'secretHash' | 'createdAt'>): FieldError[] {
    const errors = [
      ...checkName(r.name),
      ...checkClientId(r.clientId),
      ...checkTokenValidity(r.tokenValiditySec),
    ];
    if (r.subscription !== subscription)
      errors.push({
        field: 'subscription',
        message: `Subscription must be the runtime subscription "${subscription}"`,
      });
    return errors;
  }

  return {
    subscriptions: (): string[] => [subscription],

    async create(
      input: OAuthClientInput,
    ): Promise<SecurityResult<{ client: OAuthClient; secret: string }>> {
      const fields = {
        name: input.name.trim(),
        clientId: input.clientId.trim(),
        subscription: input.subscription ?? subscription,
        grantType: input.grantType ?? 'client_credentials',
        tokenValiditySec: input.tokenValiditySec ?? TOKEN_VALIDITY_DEFAULT,
        description: input.description ?? '',
      } as const;
      const secret = input.secret ?? randomString(ctx.random, 24);
      const errors = [...checkFields(fields), ...checkSecret(secret)];
      if (fields.grantType !== 'client_credentials')
        errors.push({ field: 'grantType', message: 'Only Client Credentials is supported' });
      if (errors.length === 0 && (await get(fields.clientId)))
        errors.push({
          field: 'clientId',
          message: `A client with ID "${fields.clientId}" already exists`,
        });
      if (errors.length > 0) return { ok: false, errors };
      const record: OAuthClientRecord = {
        ...fields,
        secretHash: await hashSecret(secret, ctx.random, ctx.hashIterations),
        createdAt: ctx.now(),
      };
      await ctx.storage.put(COLLECTION, record.clientId, record);
      return { ok: true, value: { client: publicView(record), secret } };
    },

    async update(
      clientId: string,
      changes: OAuthClientUpdate,
    ): Promise<SecurityResult<OAuthClient>> {
      const current = await get(clientId);
      if (!current)
        return { ok: false, errors: [{ field: 'clientId', message: `No client "${clientId}"` }] };
      const next = { ...current, ...changes, clientId };
      const errors = checkFields(next);
      if (errors.length > 0) return { ok: false, errors };
      await ctx.storage.put(COLLECTION, clientId, next);
      return { ok: true, value: publicView(next) };
    },

    /** New secret (shown once); the old secret and every token issued with it stop working. */
    async regenerateSecret(
      clientId: string,
      secret?: string,
    ): Promise<SecurityResult<{ secret: string }>> {
      const current = await get(clientId);
      if (!current)
        return { ok: false, errors: [{ field: 'clientId', message: `No client "${clientId}"` }] };
      const next = secret ?? randomString(ctx.random, 24);
      const errors = checkSecret(next);
      if (errors.length > 0) return { ok: false, errors };
      await ctx.storage.put(COLLECTION, clientId, {
        ...current,
        secretHash: await hashSecret(next, ctx.random, ctx.hashIterations),
      });
      await tokens.revoke(clientId);
      return { ok: true, value: { secret: next } };
    },

    async remove(clientId: string): Promise<boolean> {
      if (!(await get(clientId))) return false;
      await ctx.storage.delete(COLLECTION, clientId);
      await tokens.revoke(clientId);
      await roles.removeUser(clientUserName(clientId));
      return true;
    },

    async get(clientId: string): Promise<OAuthClient | undefined> {
      const r = await get(clientId);
      return r && publicView(r);
    },

    async list(): Promise<OAuthClient[]> {
      return (await ctx.storage.list<OAuthClientRecord>(COLLECTION)).map(publicView);
    },

    /** The client when the id and secret match, else null (one answer for both failures). */
    async verify(clientId: string, secret: string): Promise<OAuthClientRecord | null> {
      const r = await get(clientId);
      return r && (await verifySecret(secret, r.secretHash)) ? r : null;
    },
  };
}

export type OAuthClients = ReturnType<typeof createOAuthClients>;
