import { lazyCodecs } from '../../registry/lazyCodecs';
import * as z from 'zod/mini';
import { defineAdapterType } from '../../registry/types';

export const httpsSenderConfigSchema = z.strictObject({
  address: z.string().check(z.maxLength(1000)),
  authorization: z.enum(['UserRole', 'ClientCertificate']),
  userRole: z.string().check(z.maxLength(200)),
  /** Allowed client certificate subject DNs, one per line (Client Certificate authorization). */
  clientCertificates: z.string().check(z.maxLength(20000)),
  csrfProtected: z.boolean(),
  maxBodySizeMb: z.number(),
});

export type HttpsSenderConfig = z.infer<typeof httpsSenderConfigSchema>;

/** Path characters allowed in an address (RFC 3986 pchar without percent-encoding surprises). */
const ADDRESS = /^\/[A-Za-z0-9\-._~!$&'()+,;=:@/]*?(\/\*)?$/;

/** Checks an HTTPS sender address; returns an error message or null. */
export function checkAddress(address: string): string | null {
  if (!address) return 'Address is required';
  if (!address.startsWith('/')) return 'Address must start with "/"';
  if (/\s/.test(address)) return 'Address must not contain spaces';
  if (address.includes('//')) return 'Address must not contain "//"';
  // CPI serves /http<address>: "/" alone (or "/*", every call) is no endpoint of its own.
  if (address === '/' || address === '/*')
    return 'Address needs a path after "/", such as /v1/orders';
  // A browser or client resolves "." and ".." away: such an address is never reached.
  if (address.split('/').some((s) => s === '.' || s === '..'))
    return 'Address must not contain "." or ".." as a path segment';
  if (address.includes('*') && !/^[^*]*\/\*$/.test(address))
    return 'A wildcard is allowed only as a trailing "/*"';
  if (!ADDRESS.test(address))
    return "Address may hold only letters, digits and the URL path characters - . _ ~ ! $ & ' ( ) + , ; = : @ /";
  return null;
}

/** HTTPS sender adapter on the Sender → Start message flow. */
export const httpsSenderAdapter = defineAdapterType<HttpsSenderConfig>({
  type: 'HTTPS',
  label: 'HTTPS',
  direction: 'sender',
  defaultConfig: () => ({
    address: '',
    authorization: 'UserRole',
    userRole: 'ESBMessaging.send',
    clientCertificates: '',
    csrfProtected: true,
    maxBodySizeMb: 40,
  }),
  configSchema: httpsSenderConfigSchema,
  form: [
    {
      title: 'Connection',
      fields: [
        {
          key: 'address',
          label: 'Address',
          kind: 'text',
          required: true,
          placeholder: '/v1/test/hello',
          help: 'Relative endpoint path, reached at /http<address>',
        },
        {
          key: 'authorization',
          label: 'Authorization',
          kind: 'select',
          options: [
            { value: 'UserRole', label: 'User Role' },
            { value: 'ClientCertificate', label: 'Client Certificate' },
          ],
        },
        {
          key: 'userRole',
          label: 'User Role',
          kind: 'text',
          required: true,
          visibleWhen: (c) => c.authorization === 'UserRole',
        },
        {
          key: 'clientCertificates',
          label: 'Allowed Client Certificates (subject DN, one per line)',
          kind: 'textarea',
          visibleWhen: (c) => c.authorization === 'ClientCertificate',
        },
        { key: 'csrfProtected', label: 'CSRF Protected', kind: 'checkbox' },
        {
          key: 'maxBodySizeMb',
          label: 'Maximum Body Size',
          kind: 'number',
          min: 1,
          max: 1024,
          unit: 'MB',
        },
      ],
    },
  ],
  validate: (raw) => {
    const config = raw as Partial<HttpsSenderConfig>;
    const errors: { field: string; message: string }[] = [];
    const addressError = checkAddress(config.address ?? '');
    if (addressError) errors.push({ field: 'address', message: addressError });
    if (config.authorization === 'UserRole' && !config.userRole?.trim())
      errors.push({ field: 'userRole', message: 'User Role is required' });
    // A role is assigned by its name, which has no spaces: such a role could never be assigned.
    else if (config.authorization === 'UserRole' && /\s/.test(config.userRole ?? ''))
      errors.push({ field: 'userRole', message: 'User Role is a role name without spaces' });
    if (config.authorization === 'ClientCertificate' && !config.clientCertificates?.trim())
      errors.push({
        field: 'clientCertificates',
        message: 'At least one client certificate subject is required',
      });
    const size = config.maxBodySizeMb;
    if (typeof size !== 'number' || !Number.isFinite(size) || size < 1 || size > 1024)
      errors.push({ field: 'maxBodySizeMb', message: 'Maximum Body Size must be 1–1024 MB' });
    return errors;
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
