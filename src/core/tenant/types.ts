import type { FlowStores } from '../stores/types';
import type { Flow } from '../model/flow';
import type { Message } from '../model/message';
import type { HttpsSenderConfig } from '../adapters/https';
import type { Problem } from '../validation/problem';
import type { PasswordHash } from './crypto';

/** An HTTP request as the test console, a Service Worker or a test hands it to the tenant. */
export interface TenantRequest {
  method: string;
  /** Path plus query ("/http/v1/x?a=1") or an absolute URL; only path and query are used. */
  url: string;
  /** Header names are matched case-insensitively. */
  headers: Record<string, string>;
  /** Text, or the bytes of a body that is not text (see requestBody in ./http). */
  body: string | Uint8Array;
  /** Subject DN of the client certificate the caller presents (simulated TLS). */
  clientCertificate?: string;
}

export interface TenantResponse {
  status: number;
  headers: Record<string, string>;
  /** Text, or the exact bytes of a flow's binary body (a ZIP, an image). */
  body: string | Uint8Array;
  /** Message processing log id, set when a flow was run. */
  messageId?: string;
}

/** The request as a flow sees it: what the engine turns into the incoming message. */
export interface EndpointRequest {
  method: string;
  /** Path after "/http", e.g. "/v1/test/hello". */
  path: string;
  /** Raw query string without "?" ("" when none). */
  query: string;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

export interface ExecutionError {
  message: string;
  type: string;
  stepId?: string;
  /** Where in a Script step's script (line/column 1-based, file name). */
  line?: number;
  column?: number;
  fileName?: string;
}

export interface ExecutionResult {
  status: 'completed' | 'failed';
  output: Message;
  error?: ExecutionError;
  /** The engine's trace; kept in the message log when the flow's log level is Trace. */
  trace?: unknown;
}

/**
 * Ids of one run, chosen by the tenant before it starts: `messageId` is the message log entry's
 * id, which the flow must see as SAP_MessageProcessingLogID (the 500 body, the response header,
 * the Monitor and a script then all name the same id).
 */
export interface RunIds {
  exchangeId: string;
  messageId: string;
}

/** Runs a deployed flow snapshot for one request. The engine adapter implements it. */
export type FlowExecutor = (
  flow: Flow,
  /** The HTTP call that starts the run; undefined for a timer's run (an empty message). */
  request: EndpointRequest | undefined,
  matchedAddress: string,
  ids: RunIds,
  /** The tenant's data stores and variables, which the run reads and writes. */
  stores?: FlowStores,
) => Promise<ExecutionResult>;

/** Flow validation (validateFlow from src/core/validation); errors block deployment. */
export type FlowValidator = (flow: Flow) => Problem[];

export type RuntimeStatus = 'Started' | 'Error';

export interface Endpoint {
  /** Id of the Sender → Start message flow carrying the HTTPS adapter. */
  messageFlowId: string;
  address: string;
  url: string;
  config: HttpsSenderConfig;
}

export interface Deployment {
  flowId: string;
  flowName: string;
  /** Deep copy of the flow as deployed; later edits do not reach the runtime. */
  snapshot: Flow;
  contentHash: string;
  deployedAt: number;
  /** Counts deployments of this flow id (1 on first deploy). */
  version: number;
  status: RuntimeStatus;
  /** Why the status is Error. */
  error?: string;
  endpoints: Endpoint[];
}

export type DeployResult =
  | { ok: true; deployment: Deployment }
  | {
      ok: false;
      reason: 'validation' | 'addressConflict';
      /** One line for the user. */
      message: string;
      problems: Problem[];
    };

export type GrantType = 'client_credentials';

/** An OAuth client as stored: the secret only as a salted hash. */
export interface OAuthClientRecord {
  name: string;
  clientId: string;
  secretHash: PasswordHash;
  subscription: string;
  grantType: GrantType;
  tokenValiditySec: number;
  description: string;
  createdAt: number;
}

/** An OAuth client as listed to the UI (no secret material at all). */
export type OAuthClient = Omit<OAuthClientRecord, 'secretHash'> & { userName: string };

export interface OAuthClientInput {
  name: string;
  clientId: string;
  /** Chosen secret; omitted → the tenant generates one. Shown once in the result. */
  secret?: string;
  subscription?: string;
  grantType?: GrantType;
  tokenValiditySec?: number;
  description?: string;
}

export interface UserRecord {
  name: string;
  passwordHash: PasswordHash;
  createdAt: number;
}

export interface User {
  name: string;
  createdAt: number;
}

/** A registered client certificate: its subject DN authenticates as `user`. */
export interface CertificateMapping {
  subject: string;
  user: string;
  createdAt: number;
}

export interface RoleAssignment {
  user: string;
  roles: string[];
}

export interface KnownRole {
  name: string;
  /** Built-in, named by a deployed HTTPS adapter (see flows), or only found in assignments. */
  source: 'builtin' | 'adapter' | 'assigned';
  flows: string[];
}

/** Result of a security operation: the value, or field errors the form shows inline. */
export type SecurityResult<T> =
  { ok: true; value: T } | { ok: false; errors: { field: string; message: string }[] };

export type LogStatus = 'Completed' | 'Failed';

export interface MessageLogEntry {
  id: string;
  flowId: string;
  flowName: string;
  status: LogStatus;
  /** Simulated clock, ms. */
  start: number;
  durationMs: number;
  httpStatus: number;
  method: string;
  path: string;
  /** Who called (user name or oauth_client_<id>). */
  user?: string;
  /** The Timer Start that began the run; then nobody called (method and path empty, status 0). */
  timer?: string;
  error?: string;
  errorStepId?: string;
  /** Engine trace, kept only when the deployed flow's log level is Trace. */
  trace?: unknown;
  /** Orders entries that started in the same millisecond. */
  seq: number;
}

/** A call the tenant refused before any flow ran (Monitor → Rejected Calls). */
export interface RejectedCall {
  id: string;
  /** Simulated clock, ms. */
  at: number;
  /** Orders calls within the same millisecond (within one context). */
  seq: number;
  method: string;
  /** Path as called, e.g. "/http/v1/test/hello" or "/oauth/token". */
  path: string;
  status: number;
  /** Why, in one line (the answer's text). */
  reason: string;
  /** The user or client the call came from, when the tenant could tell. */
  caller?: string;
  /** False when the caller only claimed the identity (wrong secret, unknown user). */
  callerVerified?: boolean;
  /** The deployed flow the address belongs to, when routing found one. */
  flowId?: string;
  flowName?: string;
}

export interface MessageLogQuery {
  flowId?: string;
  status?: LogStatus;
  /** Inclusive start bound, ms. */
  from?: number;
  /** Inclusive end bound, ms. */
  to?: number;
  /** Newest first; default all matching. */
  limit?: number;
}
