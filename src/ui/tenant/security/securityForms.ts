import { TOKEN_VALIDITY_MAX, TOKEN_VALIDITY_MIN } from '../../../core/tenant';

/** Inline check of the token validity field, before the tenant's own check on Save. */
export function validityError(text: string): string | undefined {
  const n = Number(text);
  if (
    text.trim() === '' ||
    !Number.isInteger(n) ||
    n < TOKEN_VALIDITY_MIN ||
    n > TOKEN_VALIDITY_MAX
  )
    return `Enter whole seconds from ${TOKEN_VALIDITY_MIN} to ${TOKEN_VALIDITY_MAX}`;
  return undefined;
}

/** Users a role can go to: oauth_client_<id> of each client, Basic users, certificate users. */
export function assignableUsers(state: {
  users: { name: string }[];
  clients: { userName: string }[];
  certificates: { user: string }[];
}): string[] {
  const names = [
    ...state.clients.map((c) => c.userName),
    ...state.users.map((u) => u.name),
    ...state.certificates.map((c) => c.user),
  ];
  return [...new Set(names)];
}
