import type { CpiProps, CpiStepCodec } from '../../registry/cpiCodec';
import type {
  DataStoreDeleteConfig,
  DataStoreGetConfig,
  DataStoreSelectConfig,
  DataStoreWriteConfig,
} from './config';

/*
 * CPI writes every Data Store operation as a callActivity of activityType "DBstorage"; the
 * `operation` property (put, get, select, delete) says which. Properties by operation, as in
 * the real content (versions 1.1 to 1.7.1): storageName, visibility (global/local), then
 * put: messageId, alert, expire, encrypt, override, includeMessageHeaders (1.4+);
 * get: dataStoreId, delete, stopOnMissingEntry (1.5+); select: maxresults, delete;
 * delete: messageId. Older versions lack a property: the export leaves it out again.
 */

const common = (p: CpiProps) => ({
  storeName: p.str('storageName'),
  visibility: p.str('visibility', 'local') === 'global' ? ('global' as const) : ('local' as const),
});
const commonOut = (operation: string, c: { storeName: string; visibility: string }) => ({
  operation,
  storageName: c.storeName,
  visibility: c.visibility,
});
const flag = (p: CpiProps, key: string, fallback: boolean) =>
  (p.get(key) ?? String(fallback)).trim() === 'true';

function codec<C>(
  operation: string,
  version: string,
  read: (p: CpiProps) => C,
  write: (c: C) => Record<string, string>,
): CpiStepCodec<C> {
  return {
    element: 'callActivity',
    activityType: 'DBstorage',
    propertyMatch: { operation },
    cmdVariantUri: () => `ctype::FlowstepVariant/cname::${operation}/version::${version}`,
    componentVersion: '1.7',
    read: (p) => {
      p.get('operation');
      return read(p);
    },
    write,
  };
}

export const dataStoreWriteCpi = codec<DataStoreWriteConfig>(
  'put',
  '1.7.1',
  (p) => ({
    ...common(p),
    entryId: p.str('messageId'),
    retentionDays: p.str('alert', '2'),
    expirationDays: p.str('expire', '90'),
    encrypt: flag(p, 'encrypt', true),
    overwrite: flag(p, 'override', false),
    includeHeaders: flag(p, 'includeMessageHeaders', false),
  }),
  (c) => ({
    ...commonOut('put', c),
    messageId: c.entryId,
    alert: c.retentionDays,
    expire: c.expirationDays,
    encrypt: String(c.encrypt),
    override: String(c.overwrite),
    includeMessageHeaders: String(c.includeHeaders),
  }),
);

export const dataStoreGetCpi = codec<DataStoreGetConfig>(
  'get',
  '1.7.1',
  (p) => ({
    ...common(p),
    entryId: p.str('dataStoreId'),
    deleteOnCompletion: flag(p, 'delete', true),
    throwOnMissing: flag(p, 'stopOnMissingEntry', true),
  }),
  (c) => ({
    ...commonOut('get', c),
    dataStoreId: c.entryId,
    delete: String(c.deleteOnCompletion),
    stopOnMissingEntry: String(c.throwOnMissing),
  }),
);

export const dataStoreSelectCpi = codec<DataStoreSelectConfig>(
  'select',
  '1.7.1',
  (p) => ({
    ...common(p),
    maxResults: p.str('maxresults', '1'),
    deleteOnCompletion: flag(p, 'delete', true),
  }),
  (c) => ({
    ...commonOut('select', c),
    maxresults: c.maxResults,
    delete: String(c.deleteOnCompletion),
  }),
);

export const dataStoreDeleteCpi = codec<DataStoreDeleteConfig>(
  'delete',
  '1.7.1',
  (p) => ({ ...common(p), entryId: p.str('messageId') }),
  (c) => ({ ...commonOut('delete', c), messageId: c.entryId }),
);
