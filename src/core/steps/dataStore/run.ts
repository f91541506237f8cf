import { bodyText, evaluateText, type ExpressionEnv } from '../../expression';
import type { StepExecContext, StepExecResult } from '../../engine/types';
import type { LogLine, Message } from '../../model/message';
import type { DataStoreEntry, StoreScope } from '../../stores/types';
import type {
  DataStoreDeleteConfig,
  DataStoreGetConfig,
  DataStoreSelectConfig,
  DataStoreWriteConfig,
} from './config';

/*
 * The four Data Store operations as CPI runs them. Loaded on a flow's first Data Store step
 * (lazyModule in index.ts), not with the editor.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** CPI's longest entry ID. */
export const MAX_ENTRY_ID = 255;

class DataStoreError extends Error {
  override name = 'DataStoreException';
}

const envOf = (ctx: StepExecContext): ExpressionEnv => ({
  now: ctx.now,
  camelId: ctx.camelId,
  exchangeId: ctx.exchangeId,
});

const scopeOf = (ctx: StepExecContext, visibility: StoreScope['visibility']): StoreScope => ({
  visibility,
  flowId: ctx.flow.id,
  flowName: ctx.flow.name,
});

function storeNameOf(ctx: StepExecContext, message: Message, template: string): string {
  const name = evaluateText(template, message, envOf(ctx)).trim();
  if (!name)
    throw new DataStoreError(
      template.trim()
        ? `The data store name "${template}" evaluates to an empty text`
        : 'No data store name is given',
    );
  return name;
}

/** The Entry ID field, else the header SapDataStoreId (CPI's fallback), else undefined. */
function entryIdOf(ctx: StepExecContext, message: Message, template: string): string | undefined {
  const id = template.trim()
    ? evaluateText(template, message, envOf(ctx)).trim()
    : String(message.headers.SapDataStoreId ?? '').trim();
  if (id.length > MAX_ENTRY_ID)
    throw new DataStoreError(
      `The entry ID is ${id.length} characters long; a data store entry ID has at most ${MAX_ENTRY_ID}`,
    );
  return id || undefined;
}

const where = (ctx: StepExecContext, storeName: string, visibility: StoreScope['visibility']) =>
  `data store "${storeName}" (${visibility === 'global' ? 'Global' : 'Integration Flow'}, ${ctx.stores.label})`;

const info = (text: string): LogLine[] => [{ level: 'info', text }];

function days(text: string, label: string): number {
  const n = Number(text.trim());
  if (!Number.isInteger(n) || n < 1)
    throw new DataStoreError(`${label} "${text}" is not a number of days`);
  return n;
}

const isoDate = (ms: number) => new Date(ms).toISOString();

export async function writeEntry(
  ctx: StepExecContext,
  message: Message,
  c: DataStoreWriteConfig,
): Promise<StepExecResult> {
  const storeName = storeNameOf(ctx, message, c.storeName);
  const entryId = entryIdOf(ctx, message, c.entryId) ?? globalThis.crypto.randomUUID();
  const now = ctx.stores.now();
  const expire = days(c.expirationDays, 'Expiration Period');
  const alert = days(c.retentionDays, 'Retention Threshold for Alerting');
  const headers: Record<string, string> = {};
  if (c.includeHeaders)
    for (const [k, v] of Object.entries(message.headers))
      if (v !== undefined && v !== null)
        headers[k] = typeof v === 'object' ? JSON.stringify(v) : String(v);
  const entry: DataStoreEntry = {
    storeName,
    flowId: c.visibility === 'global' ? '' : ctx.flow.id,
    flowName: ctx.flow.name,
    entryId,
    body: bodyText(message.body),
    ...(c.includeHeaders ? { headers } : {}),
    createdAt: now,
    expiresAt: now + expire * DAY_MS,
    alertAt: now + alert * DAY_MS,
    encrypted: c.encrypt,
  };
  const result = await ctx.stores.put(entry, c.overwrite);
  if (result === 'exists')
    throw new DataStoreError(
      `An entry with ID "${entryId}" already exists in ${where(ctx, storeName, c.visibility)}; select Overwrite Existing Message to replace it`,
    );
  return {
    message,
    logs: info(
      `Data Store Write: entry "${entryId}" ${result} in ${where(ctx, storeName, c.visibility)}, ${entry.body.length} characters${c.includeHeaders ? ` and ${Object.keys(headers).length} headers` : ''}; expires ${isoDate(entry.expiresAt)}`,
    ),
  };
}

export async function getEntry(
  ctx: StepExecContext,
  message: Message,
  c: DataStoreGetConfig,
): Promise<StepExecResult> {
  const storeName = storeNameOf(ctx, message, c.storeName);
  const entryId = entryIdOf(ctx, message, c.entryId);
  if (entryId === undefined)
    throw new DataStoreError('No entry ID: set Entry ID or the header SapDataStoreId');
  const scope = scopeOf(ctx, c.visibility);
  const entry = await ctx.stores.get(scope, storeName, entryId);
  if (!entry) {
    const missing = `No entry with ID "${entryId}" in ${where(ctx, storeName, c.visibility)}`;
    if (c.throwOnMissing) throw new DataStoreError(missing);
    message.body = '';
    return { message, logs: info(`Data Store Get: ${missing}; the body is now empty`) };
  }
  message.body = entry.body;
  if (entry.headers) message.headers = { ...message.headers, ...entry.headers };
  if (c.deleteOnCompletion) await ctx.stores.remove(scope, storeName, entryId);
  return {
    message,
    logs: info(
      `Data Store Get: entry "${entryId}" read from ${where(ctx, storeName, c.visibility)} (written by "${entry.flowName}" at ${isoDate(entry.createdAt)})${c.deleteOnCompletion ? ' and deleted' : ''}`,
    ),
  };
}

/** Element content for an entry: XML without its declaration, other text escaped. */
function embedded(body: string): string {
  const text = body.replace(/^\uFEFF?\s*<\?xml[^?]*\?>\s*/, '');
  return text.trimStart().startsWith('<')
    ? text
    : text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const attrText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export async function selectEntries(
  ctx: StepExecContext,
  message: Message,
  c: DataStoreSelectConfig,
): Promise<StepExecResult> {
  const storeName = storeNameOf(ctx, message, c.storeName);
  const max = Number(c.maxResults.trim());
  if (!Number.isInteger(max) || max < 1)
    throw new DataStoreError(
      `Number of Polled Messages "${c.maxResults}" is not a whole number of at least 1`,
    );
  const scope = scopeOf(ctx, c.visibility);
  const entries = await ctx.stores.select(scope, storeName, max);
  message.body = entries.length
    ? `<messages>${entries.map((e) => `<message id="${attrText(e.entryId)}">${embedded(e.body)}</message>`).join('')}</messages>`
    : '';
  if (c.deleteOnCompletion)
    for (const e of entries) await ctx.stores.remove(scope, storeName, e.entryId);
  return {
    message,
    logs: info(
      `Data Store Select: ${entries.length} of at most ${max} entries read from ${where(ctx, storeName, c.visibility)}${entries.length ? `: ${entries.map((e) => `"${e.entryId}"`).join(', ')}` : ''}${c.deleteOnCompletion && entries.length ? '; deleted' : ''}`,
    ),
  };
}

export async function deleteEntry(
  ctx: StepExecContext,
  message: Message,
  c: DataStoreDeleteConfig,
): Promise<StepExecResult> {
  const storeName = storeNameOf(ctx, message, c.storeName);
  const entryId = entryIdOf(ctx, message, c.entryId);
  if (entryId === undefined)
    throw new DataStoreError('No entry ID: set Entry ID or the header SapDataStoreId');
  const gone = await ctx.stores.remove(scopeOf(ctx, c.visibility), storeName, entryId);
  return {
    message,
    logs: info(
      gone
        ? `Data Store Delete: entry "${entryId}" deleted from ${where(ctx, storeName, c.visibility)}`
        : `Data Store Delete: no entry "${entryId}" in ${where(ctx, storeName, c.visibility)} (nothing to delete)`,
    ),
  };
}
