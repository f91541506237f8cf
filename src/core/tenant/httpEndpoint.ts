import type { FlowStores } from '../stores/types';
import { authenticate, callerOf, missingRole, type AuthDeps } from './authenticate';
import type { Csrf } from './csrf';
import type { Deployments } from './deployments';
import { failureBody, successResponse } from './flowResponse';
import { header, parseBasic, parseBearer, textResponse } from './http';
import { byteLength } from './body';
import type { MessageLog } from './messageLog';
import type { Roles } from './roles';
import type {
  Deployment,
  EndpointRequest,
  ExecutionError,
  ExecutionResult,
  FlowExecutor,
  TenantRequest,
  TenantResponse,
} from './types';
import type { CallerNote } from './accessLog';
import { clientUserName } from './context';
import { errorWhere } from '../script/scriptError';
import { placePath } from './places';
import { redactDeep, requestSecrets } from './redact';

export interface EndpointDeps extends AuthDeps {
  deployments: Deployments;
  roles: Roles;
  csrf: Csrf;
  log: MessageLog;
  execute: FlowExecutor;
  /** The tenant's data stores and variables, handed to every run. */
  stores?: FlowStores;
  now: () => number;
  /** Real elapsed time for durations (the simulated clock may stand still). */
  elapsed: () => number;
}

const MODIFYING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A request to /http<address>, in CPI's order: route (404), authenticate (401), authorize
 * (403), CSRF (403), body size (413), then run the deployed snapshot (200/204/…/500).
 */
export async function handleEndpoint(
  req: TenantRequest,
  path: string,
  query: string,
  deps: EndpointDeps,
  note: CallerNote = {},
): Promise<TenantResponse> {
  const method = req.method.toUpperCase();
  const routed = await deps.deployments.route(path);
  if (!routed) {
    Object.assign(note, await claimedCaller(req, deps));
    return textResponse(
      404,
      `404 Not Found: no deployed integration flow serves the address "${path}". Deploy a flow whose HTTPS sender adapter has this address (${placePath('deployed')} lists what is deployed).`,
    );
  }
  const { deployment, endpoint } = routed;
  note.flowId = deployment.flowId;
  note.flowName = deployment.flowName;
  const config = endpoint.config;
  if (deployment.status === 'Error')
    return textResponse(
      503,
      `503 Service Unavailable: integration flow "${deployment.flowName}" is in status Error: ${deployment.error ?? 'unknown error'}`,
    );

  const user = callerOf(await authenticate(req, config, deps), note);
  if (typeof user !== 'string') return user;
  if (config.authorization === 'UserRole') {
    const refused = await missingRole(
      deps.roles,
      user,
      config.userRole.trim(),
      `by flow "${deployment.flowName}"`,
    );
    if (refused) return refused;
  }

  const extraHeaders: Record<string, string> = {};
  if (config.csrfProtected) {
    const sent = header(req.headers, 'x-csrf-token');
    if ((method === 'GET' || method === 'HEAD') && sent?.toLowerCase() === 'fetch')
      extraHeaders['X-CSRF-Token'] = await deps.csrf.fetch(user);
    else if (MODIFYING.has(method) && !(await deps.csrf.valid(user, sent)))
      return textResponse(
        403,
        `403 Forbidden: CSRF token validation failed. ${sent ? 'The X-CSRF-Token sent is not valid for this user.' : 'No X-CSRF-Token header was sent.'} Fetch one with a GET and the header "X-CSRF-Token: Fetch", then send it in X-CSRF-Token (the ${placePath('console')} does both in one Send).`,
        { 'X-CSRF-Token': 'Required' },
      );
  }

  const size = byteLength(req.body);
  const limit = config.maxBodySizeMb * 1024 * 1024;
  if (size > limit)
    return textResponse(
      413,
      `413 Payload Too Large: the request body has ${size} bytes; this endpoint accepts at most ${config.maxBodySizeMb} MB.`,
    );

  const { id, answer: response } = await runAndLog(
    deployment,
    { method, path, query, headers: req.headers, body: req.body },
    endpoint.address,
    deps,
    {
      method,
      path,
      user,
      // A script may copy a credential anywhere (body, property, log): scrub the stored copies.
      secrets: () => requestSecrets(req.headers),
      answer: (result, logId) =>
        result.status === 'failed'
          ? textResponse(
              500,
              failureBody(
                result.error ?? NO_MESSAGE,
                logId,
                deployment.snapshot.settings.returnExceptionToSender,
              ),
            )
          : successResponse(result.output),
    },
  );
  return {
    status: response.status,
    headers: { ...response.headers, ...extraHeaders, SAP_MessageProcessingLogID: id },
    body: method === 'HEAD' ? '' : response.body,
    messageId: id,
  };
}

const NO_MESSAGE: ExecutionError = {
  type: 'Error',
  message: 'The flow failed without an error message',
};

/** How a run came about, for its message log entry, and what it answers. */
export interface RunOrigin<A extends { status: number }> {
  method: string;
  path: string;
  user?: string;
  /** The Timer Start that began the run (no HTTP call then). */
  timer?: string;
  /** Values to scrub from what the entry stores (the caller's credentials). */
  secrets: () => string[];
  /** The run's answer; its status is the entry's HTTP status (0 when nobody called). */
  answer: (result: ExecutionResult, logId: string) => A;
}

/**
 * Runs a deployed snapshot and writes its message log entry: for an HTTP call, or for a
 * timer's run (`request` undefined: the message starts empty). An executor that throws is a
 * processing failure too, not a crash of the tenant.
 */
export async function runAndLog<A extends { status: number }>(
  deployment: Deployment,
  request: EndpointRequest | undefined,
  address: string,
  deps: Pick<EndpointDeps, 'log' | 'execute' | 'now' | 'elapsed' | 'stores'>,
  origin: RunOrigin<A>,
): Promise<{ id: string; result: ExecutionResult; answer: A }> {
  const id = deps.log.newId();
  const start = deps.now();
  const t0 = deps.elapsed();
  let result: ExecutionResult;
  try {
    result = await deps.execute(
      deployment.snapshot,
      request,
      address,
      { exchangeId: deps.log.newExchangeId(start), messageId: id },
      deps.stores,
    );
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    result = {
      status: 'failed',
      output: { body: request?.body ?? '', headers: {}, properties: {} },
      error: { type: err.name || 'Error', message: err.message },
    };
  }
  const durationMs = Math.max(0, deps.elapsed() - t0);
  const failed = result.status === 'failed';
  const traced = deployment.snapshot.settings.logLevel === 'Trace' && result.trace !== undefined;
  // Only an error text or a trace can hold a copy of a credential.
  const secrets = failed || traced ? origin.secrets() : [];
  const error = result.error ?? NO_MESSAGE;
  const answer = origin.answer(result, id);
  await deps.log.add({
    id,
    flowId: deployment.flowId,
    flowName: deployment.flowName,
    status: failed ? 'Failed' : 'Completed',
    start,
    durationMs,
    httpStatus: answer.status,
    method: origin.method,
    path: origin.path,
    ...(origin.user !== undefined ? { user: origin.user } : {}),
    ...(origin.timer !== undefined ? { timer: origin.timer } : {}),
    ...(failed
      ? { error: redactDeep(`${error.type}: ${error.message}${errorWhere(error)}`, secrets) }
      : {}),
    ...(failed && error.stepId ? { errorStepId: error.stepId } : {}),
    ...(traced ? { trace: redactDeep(result.trace, secrets) } : {}),
  });
  return { id, result, answer };
}

/**
 * The identity a request claims, without verifying more than a token lookup: lets the access
 * log name the caller of a call refused before authentication (an unknown address).
 */
async function claimedCaller(req: TenantRequest, deps: EndpointDeps): Promise<CallerNote> {
  const authorization = header(req.headers, 'authorization');
  if (!authorization) return {};
  const token = parseBearer(authorization);
  if (token) {
    const check = await deps.tokens.check(token);
    return check.state === 'invalid'
      ? {}
      : { caller: clientUserName(check.clientId), verified: check.state === 'valid' };
  }
  const basic = parseBasic(authorization);
  return basic ? { caller: basic.user, verified: false } : {};
}
