import type { CallerNote } from './accessLog';
import { callerOf, identify, missingRole, type AuthDeps } from './authenticate';
import { JSON_TYPE, jsonResponse, textResponse } from './http';
import type { MessageLog } from './messageLog';
import { MPL_API_PATH } from './paths';
import { MONITORING_DATA_READ, type Roles } from './roles';
import type { MessageLogEntry, TenantRequest, TenantResponse } from './types';

export interface MplApiDeps extends AuthDeps {
  roles: Roles;
  log: MessageLog;
}

/** A message processing log as CPI's OData API (`/api/v1/MessageProcessingLogs`) gives it. */
export interface ODataMpl {
  __metadata: { type: 'com.sap.hci.api.MessageProcessingLog' };
  MessageGuid: string;
  CorrelationId: string;
  ApplicationMessageId: null;
  ApplicationMessageType: null;
  LogStart: string;
  LogEnd: string;
  Sender: null;
  Receiver: null;
  IntegrationFlowName: string;
  Status: 'COMPLETED' | 'FAILED';
  CustomStatus: 'COMPLETED' | 'FAILED';
  LogLevel: 'INFO' | 'TRACE';
  TransactionId: string;
  IntegrationArtifact: {
    __metadata: { type: 'com.sap.hci.api.IntegrationArtifact' };
    Id: string;
    Name: string;
    Type: 'INTEGRATION_FLOW';
  };
}

/** Fields `$filter` and `$orderby` accept, with how to read each from an entry. */
const FIELDS: Record<string, (e: MessageLogEntry) => string | number> = {
  MessageGuid: (e) => e.id,
  CorrelationId: (e) => e.id,
  IntegrationFlowName: (e) => e.flowId,
  Status: (e) => statusOf(e),
  CustomStatus: (e) => statusOf(e),
  LogLevel: (e) => levelOf(e),
  LogStart: (e) => e.start,
  LogEnd: (e) => e.start + e.durationMs,
};
const DATE_FIELDS = new Set(['LogStart', 'LogEnd']);

const statusOf = (e: MessageLogEntry) => (e.status === 'Failed' ? 'FAILED' : 'COMPLETED');
const levelOf = (e: MessageLogEntry) => (e.trace === undefined ? 'INFO' : 'TRACE');
const odataDate = (ms: number) => `/Date(${Math.round(ms)})/`;

export function toODataMpl(e: MessageLogEntry): ODataMpl {
  return {
    __metadata: { type: 'com.sap.hci.api.MessageProcessingLog' },
    MessageGuid: e.id,
    CorrelationId: e.id,
    ApplicationMessageId: null,
    ApplicationMessageType: null,
    LogStart: odataDate(e.start),
    LogEnd: odataDate(e.start + e.durationMs),
    Sender: null,
    Receiver: null,
    IntegrationFlowName: e.flowId,
    Status: statusOf(e),
    CustomStatus: statusOf(e),
    LogLevel: levelOf(e),
    TransactionId: e.id,
    IntegrationArtifact: {
      __metadata: { type: 'com.sap.hci.api.IntegrationArtifact' },
      Id: e.flowId,
      Name: e.flowName,
      Type: 'INTEGRATION_FLOW',
    },
  };
}

/** An OData error, as CPI's API answers one. */
function odataError(status: number, code: string, text: string): TenantResponse {
  return jsonResponse(status, { error: { code, message: { lang: 'en', value: text } } });
}

class QueryError extends Error {}

// ---- $filter: comparisons of the fields above joined by and / or, with parentheses ----

type Token = { kind: 'word' | 'string' | 'date' | 'number' | '(' | ')'; text: string };

function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s*(?:(datetime)'([^']*)'|'((?:[^']|'')*)'|(\d+(?:\.\d+)?)\b|([A-Za-z_]\w*)|([()]))/y;
  let at = 0;
  while (at < filter.length) {
    if (/^\s*$/.test(filter.slice(at))) break;
    re.lastIndex = at;
    const m = re.exec(filter);
    if (!m) throw new QueryError(`$filter: cannot read "${filter.slice(at).trim()}"`);
    at = re.lastIndex;
    if (m[1]) tokens.push({ kind: 'date', text: m[2]! });
    else if (m[3] !== undefined) tokens.push({ kind: 'string', text: m[3].replace(/''/g, "'") });
    else if (m[4]) tokens.push({ kind: 'number', text: m[4] });
    else if (m[5]) tokens.push({ kind: 'word', text: m[5] });
    else tokens.push({ kind: m[6] as '(' | ')', text: m[6]! });
  }
  return tokens;
}

type Predicate = (e: MessageLogEntry) => boolean;
const OPERATORS: Record<string, (a: string | number, b: string | number) => boolean> = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  gt: (a, b) => a > b,
  ge: (a, b) => a >= b,
  lt: (a, b) => a < b,
  le: (a, b) => a <= b,
};

function parseDate(text: string): number {
  // OData v2 datetime literals carry no zone; CPI reads them as UTC.
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  if (Number.isNaN(ms)) throw new QueryError(`$filter: "${text}" is not a datetime`);
  return ms;
}

/** Parses a `$filter` into a predicate; throws QueryError naming what it cannot read. */
export function parseFilter(filter: string): Predicate {
  const tokens = tokenize(filter);
  let i = 0;
  const peekWord = (w: string) => tokens[i]?.kind === 'word' && tokens[i]!.text.toLowerCase() === w;

  function or(): Predicate {
    let left = and();
    while (peekWord('or')) {
      i++;
      const [a, b] = [left, and()];
      left = (e) => a(e) || b(e);
    }
    return left;
  }
  function and(): Predicate {
    let left = comparison();
    while (peekWord('and')) {
      i++;
      const [a, b] = [left, comparison()];
      left = (e) => a(e) && b(e);
    }
    return left;
  }
  function comparison(): Predicate {
    const t = tokens[i++];
    if (!t) throw new QueryError('$filter: ends where a comparison was expected');
    if (t.kind === '(') {
      const inner = or();
      if (tokens[i++]?.kind !== ')') throw new QueryError('$filter: a "(" is not closed');
      return inner;
    }
    if (t.kind === 'word' && t.text.toLowerCase() === 'not')
      throw new QueryError('$filter: "not" is not supported; use ne');
    const read = t.kind === 'word' ? FIELDS[t.text] : undefined;
    if (!read)
      throw new QueryError(
        `$filter: "${t.text}" is not a field this API filters on (${Object.keys(FIELDS).join(', ')})`,
      );
    const op = tokens[i++];
    const compare = op?.kind === 'word' ? OPERATORS[op.text.toLowerCase()] : undefined;
    if (!compare)
      throw new QueryError(
        `$filter: after ${t.text} comes an operator (eq, ne, gt, ge, lt, le), not "${op?.text ?? 'the end'}"`,
      );
    const v = tokens[i++];
    let value: string | number;
    if (DATE_FIELDS.has(t.text)) {
      if (v?.kind !== 'date')
        throw new QueryError(`$filter: ${t.text} compares with datetime'2026-12-05T10:00:00'`);
      value = parseDate(v.text);
    } else {
      if (v?.kind !== 'string') throw new QueryError(`$filter: ${t.text} compares with a 'text'`);
      value = v.text;
    }
    return (e) => compare(read(e), value);
  }

  const predicate = or();
  if (i < tokens.length) throw new QueryError(`$filter: unexpected "${tokens[i]!.text}"`);
  return predicate;
}

function parseOrderBy(text: string): (a: MessageLogEntry, b: MessageLogEntry) => number {
  const keys = text.split(',').map((part) => {
    const [field = '', dir = 'asc', extra] = part.trim().split(/\s+/);
    const read = FIELDS[field];
    if (!read || extra !== undefined || !/^(asc|desc)$/i.test(dir))
      throw new QueryError(
        `$orderby: "${part.trim()}" is not "<field> [asc|desc]" with a field among ${Object.keys(FIELDS).join(', ')}`,
      );
    return { read, sign: dir.toLowerCase() === 'desc' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { read, sign } of keys) {
      const x = read(a);
      const y = read(b);
      if (x !== y) return (x < y ? -1 : 1) * sign;
    }
    return 0;
  };
}

function count(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null) return undefined;
  if (!/^\d{1,9}$/.test(raw)) throw new QueryError(`${name}: "${raw}" is not a whole number`);
  return Number(raw);
}

const SELECTABLE = new Set(Object.keys(toODataMplSample()));
function toODataMplSample(): ODataMpl {
  return toODataMpl({
    id: '',
    flowId: '',
    flowName: '',
    status: 'Completed',
    start: 0,
    durationMs: 0,
    httpStatus: 200,
    method: 'GET',
    path: '',
    seq: 0,
  });
}

function select(entity: ODataMpl, fields: string[] | null): Partial<ODataMpl> {
  if (!fields) return entity;
  const out: Record<string, unknown> = { __metadata: entity.__metadata };
  for (const f of fields) out[f] = entity[f as keyof ODataMpl];
  return out as Partial<ODataMpl>;
}

function parseSelect(raw: string | null): string[] | null {
  if (raw === null || raw.trim() === '*') return null;
  const fields = raw.split(',').map((f) => f.trim());
  for (const f of fields)
    if (!SELECTABLE.has(f) || f === '__metadata')
      throw new QueryError(`$select: "${f}" is not a field of MessageProcessingLog`);
  return fields;
}

/**
 * CPI's OData API for message processing logs, read only: `GET /api/v1/MessageProcessingLogs`
 * with `$filter` (comparisons of MessageGuid, CorrelationId, IntegrationFlowName, Status,
 * CustomStatus, LogLevel, LogStart, LogEnd joined by and / or), `$orderby`, `$top`, `$skip`,
 * `$select`, `$inlinecount=allpages`; `/$count`; one log by id, `('<id>')`; and its error text,
 * `('<id>')/ErrorInformation/$value`. Answers JSON (OData v2 verbose, `{"d": …}`), never
 * Atom XML. The caller authenticates as at an endpoint (Bearer token, Basic, certificate) and
 * needs the role MonitoringDataRead.
 */
export async function handleMplApi(
  req: TenantRequest,
  path: string,
  query: string,
  deps: MplApiDeps,
  note: CallerNote,
): Promise<TenantResponse> {
  const rest = path.slice(MPL_API_PATH.length);
  const one = /^\('([^']*)'\)(\/ErrorInformation\/\$value)?\/?$/.exec(rest);
  if (rest !== '' && rest !== '/' && rest !== '/$count' && !one)
    return odataError(
      404,
      'Not Found',
      `"${path}" is not a resource of this API: use ${MPL_API_PATH}, ${MPL_API_PATH}/$count, ${MPL_API_PATH}('<id>') or ${MPL_API_PATH}('<id>')/ErrorInformation/$value.`,
    );
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return {
      ...odataError(
        405,
        'Method Not Allowed',
        `The message processing logs are read only: use GET, not ${req.method}.`,
      ),
      headers: { 'Content-Type': JSON_TYPE, Allow: 'GET, HEAD' },
    };

  const user = callerOf(await identify(req, deps), note);
  if (typeof user !== 'string') return user;
  const refused = await missingRole(
    deps.roles,
    user,
    MONITORING_DATA_READ,
    'to read message processing logs',
  );
  if (refused) return refused;

  const params = new URLSearchParams(query);
  try {
    const format = params.get('$format');
    if (format !== null && format.toLowerCase() !== 'json')
      return odataError(
        406,
        'Not Acceptable',
        `$format=${format}: this API answers JSON only ($format=json).`,
      );
    if (one) {
      const entry = await deps.log.get(one[1]!);
      if (!entry)
        return odataError(404, 'Not Found', `No message processing log has the id "${one[1]}".`);
      if (one[2])
        return entry.error === undefined
          ? odataError(404, 'Not Found', `Message "${entry.id}" has no error information.`)
          : textResponse(200, entry.error);
      return jsonResponse(200, {
        d: select(toODataMpl(entry), parseSelect(params.get('$select'))),
      });
    }

    const filter = params.get('$filter');
    const orderBy = params.get('$orderby');
    const top = count(params, '$top');
    const skip = count(params, '$skip') ?? 0;
    const fields = parseSelect(params.get('$select'));
    const inline = params.get('$inlinecount');
    if (inline !== null && inline !== 'allpages' && inline !== 'none')
      throw new QueryError(`$inlinecount: "${inline}" is neither allpages nor none`);

    let entries = await deps.log.query();
    if (filter !== null) entries = entries.filter(parseFilter(filter));
    if (rest === '/$count') return textResponse(200, String(entries.length));
    // Newest first unless asked otherwise (the log's own order).
    if (orderBy !== null) entries = [...entries].sort(parseOrderBy(orderBy));
    const page = entries.slice(skip, top === undefined ? undefined : skip + top);
    const results = page.map((e) => select(toODataMpl(e), fields));
    return jsonResponse(200, {
      d: inline === 'allpages' ? { __count: String(entries.length), results } : { results },
    });
  } catch (e) {
    if (e instanceof QueryError) return odataError(400, 'Bad Request', e.message);
    throw e;
  }
}
