import { z } from 'zod';

/*
 * CPI's four Data Store operations (activityType "DBstorage", told apart by `operation`).
 * Numbers are kept as text so an externalised parameter ({{Expiration}}) fits, as in CPI.
 */
const common = {
  /** Data Store Name; may be a Camel expression (${property.store}). */
  storeName: z.string().max(400),
  /** Global: every flow of the tenant; local: this Integration Flow only. */
  visibility: z.enum(['global', 'local']),
};

export const dataStoreWriteSchema = z
  .object({
    ...common,
    /** Entry ID; empty: the header SapDataStoreId, else a generated id. */
    entryId: z.string().max(1000),
    /** Retention Threshold for Alerting (in d). */
    retentionDays: z.string().max(200),
    /** Expiration Period (in d). */
    expirationDays: z.string().max(200),
    encrypt: z.boolean(),
    overwrite: z.boolean(),
    includeHeaders: z.boolean(),
  })
  .strict();

export const dataStoreGetSchema = z
  .object({
    ...common,
    entryId: z.string().max(1000),
    deleteOnCompletion: z.boolean(),
    throwOnMissing: z.boolean(),
  })
  .strict();

export const dataStoreSelectSchema = z
  .object({
    ...common,
    /** Number of Polled Messages. */
    maxResults: z.string().max(200),
    deleteOnCompletion: z.boolean(),
  })
  .strict();

export const dataStoreDeleteSchema = z
  .object({ ...common, entryId: z.string().max(1000) })
  .strict();

export type DataStoreWriteConfig = z.infer<typeof dataStoreWriteSchema>;
export type DataStoreGetConfig = z.infer<typeof dataStoreGetSchema>;
export type DataStoreSelectConfig = z.infer<typeof dataStoreSelectSchema>;
export type DataStoreDeleteConfig = z.infer<typeof dataStoreDeleteSchema>;
export type DataStoreConfig =
  DataStoreWriteConfig | DataStoreGetConfig | DataStoreSelectConfig | DataStoreDeleteConfig;
