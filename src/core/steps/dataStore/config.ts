import * as z from 'zod/mini';

/*
 * CPI's four Data Store operations (activityType "DBstorage", told apart by `operation`).
 * Numbers are kept as text so an externalised parameter ({{Expiration}}) fits, as in CPI.
 */
const common = {
  /** Data Store Name; may be a Camel expression (${property.store}). */
  storeName: z.string().check(z.maxLength(400)),
  /** Global: every flow of the tenant; local: this Integration Flow only. */
  visibility: z.enum(['global', 'local']),
};

export const dataStoreWriteSchema = z.strictObject({
  ...common,
  /** Entry ID; empty: the header SapDataStoreId, else a generated id. */
  entryId: z.string().check(z.maxLength(1000)),
  /** Retention Threshold for Alerting (in d). */
  retentionDays: z.string().check(z.maxLength(200)),
  /** Expiration Period (in d). */
  expirationDays: z.string().check(z.maxLength(200)),
  encrypt: z.boolean(),
  overwrite: z.boolean(),
  includeHeaders: z.boolean(),
});

export const dataStoreGetSchema = z.strictObject({
  ...common,
  entryId: z.string().check(z.maxLength(1000)),
  deleteOnCompletion: z.boolean(),
  throwOnMissing: z.boolean(),
});

export const dataStoreSelectSchema = z.strictObject({
  ...common,
  /** Number of Polled Messages. */
  maxResults: z.string().check(z.maxLength(200)),
  deleteOnCompletion: z.boolean(),
});

export const dataStoreDeleteSchema = z.strictObject({
  ...common,
  entryId: z.string().check(z.maxLength(1000)),
});

export type DataStoreWriteConfig = z.infer<typeof dataStoreWriteSchema>;
export type DataStoreGetConfig = z.infer<typeof dataStoreGetSchema>;
export type DataStoreSelectConfig = z.infer<typeof dataStoreSelectSchema>;
export type DataStoreDeleteConfig = z.infer<typeof dataStoreDeleteSchema>;
export type DataStoreConfig =
  DataStoreWriteConfig | DataStoreGetConfig | DataStoreSelectConfig | DataStoreDeleteConfig;
