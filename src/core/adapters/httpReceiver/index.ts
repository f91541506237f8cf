import { lazyCodecs } from '../../registry/lazyCodecs';
import * as z from 'zod/mini';
import { defineAdapterType } from '../../registry/types';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] as const;

export const httpReceiverConfigSchema = z.strictObject({
  /** Full URL of the receiver, e.g. "https://api.example.com/orders". */
  address: z.string().check(z.maxLength(2000)),
  method: z.enum(HTTP_METHODS),
  timeoutMs: z.number(),
  authentication: z.enum(['None', 'Basic', 'OAuth2ClientCredentials']),
  credentialName: z.string().check(z.maxLength(200)),
  /** Simulation: the reply the receiver gives instead of a real call. */
  mockStatus: z.number(),
  /** "Name: value" per line. */
  mockHeaders: z.string().check(z.maxLength(100_000)),
  mockBody: z.string().check(z.maxLength(10_000_000)),
});

export type HttpReceiverConfig = z.infer<typeof httpReceiverConfigSchema>;

/** "Name: value" lines → headers; returns the line numbers it could not read. */
export function parseHeaderLines(text: string): { headers: Record<string, string>; bad: number[] } {
  const headers: Record<string, string> = {};
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const m = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (m) headers[m[1]!] = m[2]!.trim();
    else bad.push(i + 1);
  });
  return { headers, bad };
}

/** HTTP receiver adapter on a Request Reply → Receiver message flow. */
export const httpReceiverAdapter = defineAdapterType<HttpReceiverConfig>({
  type: 'HTTP',
  label: 'HTTP',
  direction: 'receiver',
  defaultConfig: () => ({
    address: '',
    method: 'POST',
    timeoutMs: 60_000,
    authentication: 'None',
    credentialName: '',
    mockStatus: 200,
    mockHeaders: 'Content-Type: application/json',
    mockBody: '{}',
  }),
  configSchema: httpReceiverConfigSchema,
  form: [
    {
      title: 'Connection',
      fields: [
        {
          key: 'address',
          label: 'Address',
          kind: 'text',
          required: true,
          placeholder: 'https://api.example.com/orders',
        },
        {
          key: 'method',
          label: 'Method',
          kind: 'select',
          options: HTTP_METHODS.map((m) => ({ value: m, label: m })),
        },
        { key: 'timeoutMs', label: 'Timeout', kind: 'number', min: 1, max: 3_600_000, unit: 'ms' },
        {
          key: 'authentication',
          label: 'Authentication',
          kind: 'select',
          options: [
            { value: 'None', label: 'None' },
            { value: 'Basic', label: 'Basic' },
            { value: 'OAuth2ClientCredentials', label: 'OAuth2 Client Credentials' },
          ],
        },
        {
          key: 'credentialName',
          label: 'Credential Name',
          kind: 'text',
          visibleWhen: (c) => c.authentication !== 'None',
        },
      ],
    },
    {
      title: 'Simulation',
      fields: [
        { key: 'mockStatus', label: 'Reply Status', kind: 'number', min: 100, max: 599 },
        {
          key: 'mockHeaders',
          label: 'Reply Headers (Name: value per line)',
          kind: 'textarea',
          rows: 4,
        },
        { key: 'mockBody', label: 'Reply Body', kind: 'textarea', rows: 10 },
      ],
    },
  ],
  validate: (raw) => {
    const c = raw as Partial<HttpReceiverConfig>;
    const errors: { field: string; message: string }[] = [];
    const address = c.address ?? '';
    if (!address.trim()) errors.push({ field: 'address', message: 'Address is required' });
    else if (!/^https?:\/\/[^\s/]+/i.test(address))
      errors.push({ field: 'address', message: 'Address must be an http:// or https:// URL' });
    if (typeof c.timeoutMs !== 'number' || !(c.timeoutMs >= 1))
      errors.push({
        field: 'timeoutMs',
        message: 'Timeout must be a positive number of milliseconds',
      });
    if (c.authentication && c.authentication !== 'None' && !c.credentialName?.trim())
      errors.push({ field: 'credentialName', message: 'Credential Name is required' });
    if (
      typeof c.mockStatus !== 'number' ||
      !Number.isInteger(c.mockStatus) ||
      c.mockStatus < 100 ||
      c.mockStatus > 599
    )
      errors.push({ field: 'mockStatus', message: 'Reply Status must be an HTTP status 100–599' });
    const bad = parseHeaderLines(c.mockHeaders ?? '').bad;
    if (bad.length)
      errors.push({
        field: 'mockHeaders',
        message: `Reply header line ${bad.join(', ')} is not "Name: value"`,
      });
    return errors;
  },
  codecs: lazyCodecs(async () => (await import('./codecs')).codecs),
});
