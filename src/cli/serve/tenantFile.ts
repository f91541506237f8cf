import * as z from 'zod/mini';
import type { TenantStorage } from '../../core/tenant';
import { runtimeSubscription } from '../../core/tenant';
import type { PasswordHash } from '../../core/tenant';
import type { OAuthClientRecord, RoleAssignment } from '../../core/tenant/types';
import { TOKEN_VALIDITY_MAX, TOKEN_VALIDITY_MIN } from '../../core/tenant';
import { parseJsonSafely } from '../../core/io/parseJson';
import { describeError, formatPath } from '../../core/io/paths';
import { readably } from '../../core/io/zodIssues';
import { CliError } from '../cliError';

const hashSchema = z.strictObject({
  algorithm: z.literal('PBKDF2-SHA256'),
  iterations: z.number().check(z.int(), z.minimum(1000), z.maximum(10_000_000)),
  salt: z.string().check(z.minLength(8)),
  hash: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'base64url SHA-256 (43 characters)')),
});

const tenantFileSchema = z.strictObject({
  clients: z._default(
    z.array(
      z.strictObject({
        clientId: z
          .string()
          .check(z.regex(/^[A-Za-z0-9_.-]{1,100}$/, 'letters, digits, _ . - only')),
        name: z.optional(z.string()),
        secretHash: hashSchema,
        tokenValiditySec: z.optional(
          z.number().check(z.int(), z.minimum(TOKEN_VALIDITY_MIN), z.maximum(TOKEN_VALIDITY_MAX)),
        ),
        description: z.optional(z.string()),
      }),
    ),
    [],
  ),
  roles: z._default(
    z.array(
      z.strictObject({
        user: z.string().check(z.minLength(1)),
        roles: z.array(z.string().check(z.regex(/^\S{1,200}$/))),
      }),
    ),
    [],
  ),
});

/** A schema issue in words (readableIssue's); a secretHash says how to make one. */
function issueText(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  return issue.path.includes('secretHash')
    ? `${issue.message} (a secret is stored hashed: make the secretHash with "ifs hash-secret")`
    : issue.message;
}

export type TenantFile = z.infer<typeof tenantFileSchema>;

/**
 * Reads a tenant file: OAuth clients with hashed secrets (see `ifs hash-secret`) and role
 * assignments. A bad file is one CliError naming the first wrong field.
 */
export function parseTenantFile(text: string, path: string): TenantFile {
  // Our own JSON reader: its errors give line and column, never a piece of the file (which
  // could be a secret someone pasted in plain text).
  const json = parseJsonSafely(text);
  if (!json.ok) {
    const [first] = json.errors;
    const where = first && first.path !== '(file)' ? describeError(first) : first?.message;
    throw new CliError(`${path}: ${where ?? 'not valid JSON'}`);
  }
  const parsed = tenantFileSchema.safeParse(json.value, readably);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = formatPath(issue?.path.filter((p) => typeof p !== 'symbol') ?? []);
    throw new CliError(`${path}: ${where}: ${issueText(issue)}`);
  }
  const ids = new Set<string>();
  for (const c of parsed.data.clients) {
    if (ids.has(c.clientId)) throw new CliError(`${path}: client "${c.clientId}" appears twice`);
    ids.add(c.clientId);
  }
  for (const r of parsed.data.roles) {
    const client = r.user.startsWith('oauth_client_') ? r.user.slice(13) : null;
    if (client !== null && !ids.has(client))
      throw new CliError(`${path}: roles for "${r.user}" name a client the file does not define`);
  }
  return parsed.data;
}

/** Puts the file's clients and roles into the tenant's storage, as the UI would have stored them. */
export async function seedTenant(
  storage: TenantStorage,
  file: TenantFile,
  tenantName: string,
  now: number,
): Promise<void> {
  for (const c of file.clients) {
    const record: OAuthClientRecord = {
      name: c.name ?? c.clientId,
      clientId: c.clientId,
      secretHash: c.secretHash as PasswordHash,
      subscription: runtimeSubscription(tenantName),
      grantType: 'client_credentials',
      tokenValiditySec: c.tokenValiditySec ?? 3600,
      description: c.description ?? '',
      createdAt: now,
    };
    await storage.put('oauthClients', c.clientId, record);
  }
  for (const r of file.roles) {
    const assignment: RoleAssignment = { user: r.user, roles: [...new Set(r.roles)].sort() };
    await storage.put('roleAssignments', r.user, assignment);
  }
}
