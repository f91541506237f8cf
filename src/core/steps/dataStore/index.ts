import { defineStepType, type FieldSpec } from '../../registry/types';
import type { StepExecContext, StepExecResult } from '../../engine/types';
import type { Message } from '../../model/message';
import { lazyModule } from '../../registry/lazyModule';
import { lazyCodecs } from '../../registry/lazyCodecs';
import {
  type DataStoreDeleteConfig,
  type DataStoreGetConfig,
  type DataStoreSelectConfig,
  type DataStoreWriteConfig,
  dataStoreDeleteSchema,
  dataStoreGetSchema,
  dataStoreSelectSchema,
  dataStoreWriteSchema,
} from './config';
import { checkWhole, validateDataStore, validateWrite } from './validate';

/*
 * CPI's Data Store Operations (palette: Persistence): Write, Get, Select and Delete over the
 * tenant's data stores (the simulator's own in Simulate). One folder, four step types.
 */

const runtime = lazyModule(() => import('./run'));

/** Runs an operation; a failure (missing entry, entry exists, bad name) is the step's error. */
async function run(
  pick: (
    m: Awaited<ReturnType<typeof runtime>>,
  ) => (ctx: StepExecContext, message: Message, c: never) => Promise<StepExecResult>,
  ctx: StepExecContext,
  message: Message,
  config: unknown,
): Promise<StepExecResult> {
  try {
    return await pick(await runtime())(ctx, message, config as never);
  } catch (e) {
    const err = e as Error;
    return { message, error: { type: err.name, message: err.message } };
  }
}

const ICON =
  'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6 M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3';
const size = { width: 120, height: 64 };

const storeFields: FieldSpec[] = [
  { key: 'storeName', label: 'Data Store Name', kind: 'text', required: true },
  {
    key: 'visibility',
    label: 'Visibility',
    kind: 'select',
    options: [
      { value: 'global', label: 'Global' },
      { value: 'local', label: 'Integration Flow' },
    ],
  },
];
const entryField: FieldSpec = {
  key: 'entryId',
  label: 'Entry ID',
  kind: 'text',
  help: 'Text or an expression such as ${property.orderId}; empty: the header SapDataStoreId',
};
const deleteField: FieldSpec = {
  key: 'deleteOnCompletion',
  label: 'Delete On Completion',
  kind: 'checkbox',
};
const common = {
  group: 'Steps',
  category: 'Persistence',
  shape: 'task',
  icon: ICON,
  size,
  connections: { maxOutgoing: 1 },
} as const;

export const dataStoreWriteType = defineStepType<DataStoreWriteConfig>({
  ...common,
  type: 'dataStoreWrite',
  label: 'Data Store Write',
  description: 'Stores the message body under an entry ID in a data store',
  defaultName: 'Write',
  defaultConfig: () => ({
    storeName: '',
    visibility: 'local',
    entryId: '',
    retentionDays: '2',
    expirationDays: '90',
    encrypt: true,
    overwrite: false,
    includeHeaders: false,
  }),
  configSchema: dataStoreWriteSchema,
  form: [
    {
      title: 'Processing',
      fields: [
        ...storeFields,
        {
          ...entryField,
          help: 'Text or an expression; empty: the header SapDataStoreId, else a generated ID',
        },
        { key: 'retentionDays', label: 'Retention Threshold for Alerting (in d)', kind: 'text' },
        { key: 'expirationDays', label: 'Expiration Period (in d)', kind: 'text' },
        { key: 'encrypt', label: 'Encrypt Stored Message', kind: 'checkbox' },
        { key: 'overwrite', label: 'Overwrite Existing Message', kind: 'checkbox' },
        { key: 'includeHeaders', label: 'Include Message Headers', kind: 'checkbox' },
      ],
    },
  ],
  validate: validateWrite,
  execute: (ctx, message, c) => run((m) => m.writeEntry, ctx, message, c),
  codecs: lazyCodecs(async () => (await import('./codecs')).dataStoreCodecs.write),
});

export const dataStoreGetType = defineStepType<DataStoreGetConfig>({
  ...common,
  type: 'dataStoreGet',
  label: 'Data Store Get',
  description: 'Reads one entry of a data store into the message body',
  defaultName: 'Get',
  defaultConfig: () => ({
    storeName: '',
    visibility: 'local',
    entryId: '',
    deleteOnCompletion: false,
    throwOnMissing: true,
  }),
  configSchema: dataStoreGetSchema,
  form: [
    {
      title: 'Processing',
      fields: [
        ...storeFields,
        entryField,
        deleteField,
        { key: 'throwOnMissing', label: 'Throw Exception on Missing Entry', kind: 'checkbox' },
      ],
    },
  ],
  validate: validateDataStore,
  execute: (ctx, message, c) => run((m) => m.getEntry, ctx, message, c),
  codecs: lazyCodecs(async () => (await import('./codecs')).dataStoreCodecs.get),
});

export const dataStoreSelectType = defineStepType<DataStoreSelectConfig>({
  ...common,
  type: 'dataStoreSelect',
  label: 'Data Store Select',
  description: 'Reads several entries of a data store as <messages><message id="…">',
  defaultName: 'Select',
  defaultConfig: () => ({
    storeName: '',
    visibility: 'local',
    maxResults: '1',
    deleteOnCompletion: true,
  }),
  configSchema: dataStoreSelectSchema,
  form: [
    {
      title: 'Processing',
      fields: [
        ...storeFields,
        { key: 'maxResults', label: 'Number of Polled Messages', kind: 'text' },
        deleteField,
      ],
    },
  ],
  validate: (step) => [
    ...validateDataStore(step),
    ...checkWhole(
      step,
      step.config.maxResults,
      'maxResults',
      'Number of Polled Messages',
      1,
      100_000,
    ),
  ],
  execute: (ctx, message, c) => run((m) => m.selectEntries, ctx, message, c),
  codecs: lazyCodecs(async () => (await import('./codecs')).dataStoreCodecs.select),
});

export const dataStoreDeleteType = defineStepType<DataStoreDeleteConfig>({
  ...common,
  type: 'dataStoreDelete',
  label: 'Data Store Delete',
  description: 'Deletes one entry of a data store',
  defaultName: 'Delete',
  defaultConfig: () => ({ storeName: '', visibility: 'local', entryId: '' }),
  configSchema: dataStoreDeleteSchema,
  form: [{ title: 'Processing', fields: [...storeFields, entryField] }],
  validate: validateDataStore,
  execute: (ctx, message, c) => run((m) => m.deleteEntry, ctx, message, c),
  codecs: lazyCodecs(async () => (await import('./codecs')).dataStoreCodecs.delete),
});
