// Shared by the tenant's tests and benchmark: the walkthrough's Hello World flow, built by hand.
import { helloWorldBase, type HelloWorldOptions } from '../io/fixtures/helloWorld';
import type { Flow } from '../model/flow';
import type { Message } from '../model/message';
import { createMemoryStorage } from './storage';
import { createTenant, type TenantOptions } from './tenant';
import type { FlowExecutor, TenantRequest } from './types';
import { bodyText } from '../expression/bodyText';

export const HELLO_SCRIPT = `function processData(message) {
  var body = message.getBody();
  message.setBody("Hello world from IFlow");
  return message;
}
`;

/** Start → Script → End, Sender → Start over HTTPS at `address`. */
export function helloWorldFlow(
  options: Omit<HelloWorldOptions, 'description' | 'script'> = {},
): Flow {
  return helloWorldBase({ ...options, id: options.id ?? 'HelloWorld', script: HELLO_SCRIPT });
}

/** A stand-in for the engine: sets the walkthrough's body (or runs `behave`). */
export function fakeExecutor(
  behave?: (request: Parameters<FlowExecutor>[1]) => Partial<Message> | Error,
): FlowExecutor {
  return async (_flow, request) => {
    const result = behave ? behave(request) : { body: 'Hello world from IFlow' };
    if (result instanceof Error)
      return {
        status: 'failed',
        output: { body: request?.body ?? '', headers: {}, properties: {} },
        error: { type: result.name, message: result.message, stepId: 'Script_1' },
        trace: { entries: ['fake'] },
      };
    return {
      status: 'completed',
      output: {
        body: result.body ?? '',
        headers: result.headers ?? {},
        properties: result.properties ?? {},
      },
      trace: { entries: ['fake'] },
    };
  };
}

/** A tenant on memory storage with a movable clock; few PBKDF2 rounds keep tests fast. */
export function testTenant(overrides: Partial<TenantOptions> = {}) {
  const clock = { now: Date.UTC(2026, 0, 1) };
  const tenant = createTenant({
    storage: createMemoryStorage(),
    execute: fakeExecutor(),
    validate: () => [],
    now: () => clock.now,
    hashIterations: 1000,
    ...overrides,
  });
  return { tenant, clock };
}

export function basic(user: string, password: string): string {
  return `Basic ${btoa(`${user}:${password}`)}`;
}

export function request(url: string, init: Partial<TenantRequest> = {}): TenantRequest {
  return { method: 'POST', url, headers: {}, body: '', ...init };
}

/** The walkthrough's steps 10–12: client apimconnectivity with ESBMessaging.send, and a token. */
export async function walkthroughToken(tenant: ReturnType<typeof createTenant>): Promise<string> {
  const created = await tenant.createOAuthClient({
    name: 'apimconnectivity',
    clientId: 'apimconnectivity',
    secret: 's3cret',
  });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  const assigned = await tenant.assignRole('oauth_client_apimconnectivity', 'ESBMessaging.send');
  if (!assigned.ok) throw new Error(JSON.stringify(assigned.errors));
  const res = await tenant.handle(
    request('/oauth/token?grant_type=client_credentials', {
      headers: { Authorization: basic('apimconnectivity', 's3cret') },
    }),
  );
  return (JSON.parse(bodyText(res.body)) as { access_token: string }).access_token;
}

/** A deployed Hello World (CSRF off unless asked, 1 MB body limit) and a walkthrough token. */
export async function deployedHello(
  options: { execute?: FlowExecutor; csrf?: boolean; returnException?: boolean } = {},
) {
  const { tenant, clock } = testTenant(options.execute ? { execute: options.execute } : {});
  const flow = helloWorldFlow({
    adapter: { csrfProtected: options.csrf ?? false, maxBodySizeMb: 1 },
  });
  flow.settings.returnExceptionToSender = options.returnException ?? false;
  await tenant.deploy(flow);
  const token = await walkthroughToken(tenant);
  const bearer = { Authorization: `Bearer ${token}` };
  return { tenant, clock, token, bearer };
}
