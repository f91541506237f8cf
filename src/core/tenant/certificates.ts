import type { TenantContext } from './context';
import type { CertificateMapping, SecurityResult } from './types';

const COLLECTION = 'certificates';

/**
 * Subject DNs compare the way people write them loosely: case and spaces around "," and "="
 * do not matter ("CN=a, O=b" equals "cn=a,o=b").
 */
export function normalizeSubject(subject: string): string {
  return subject
    .trim()
    .replace(/\s*([,=])\s*/g, '$1')
    .toLowerCase();
}

/** Registered client certificates (simulated: a subject DN mapped to a user). */
export function createCertificates(ctx: TenantContext) {
  const get = (subject: string) =>
    ctx.storage.get<CertificateMapping>(COLLECTION, normalizeSubject(subject));

  return {
    get,

    async register(subject: string, user: string): Promise<SecurityResult<CertificateMapping>> {
      const errors = [];
      if (!subject.trim()) errors.push({ field: 'subject', message: 'Subject DN is required' });
      else if (!/=/.test(subject))
        errors.push({
          field: 'subject',
          message: 'Subject DN looks like "CN=client, O=Company, C=DE"',
        });
      if (!user.trim()) errors.push({ field: 'user', message: 'User is required' });
      if (errors.length > 0) return { ok: false, errors };
      const mapping = { subject: subject.trim(), user: user.trim(), createdAt: ctx.now() };
      await ctx.storage.put(COLLECTION, normalizeSubject(subject), mapping);
      return { ok: true, value: mapping };
    },

    async remove(subject: string): Promise<boolean> {
      if (!(await get(subject))) return false;
      await ctx.storage.delete(COLLECTION, normalizeSubject(subject));
      return true;
    },

    async list(): Promise<CertificateMapping[]> {
      return ctx.storage.list<CertificateMapping>(COLLECTION);
    },
  };
}

export type Certificates = ReturnType<typeof createCertificates>;
