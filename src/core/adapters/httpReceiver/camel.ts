import type { CamelAdapterCodec, CamelNode } from '../../registry/camelCodec';
import type { HttpReceiverConfig } from './index';

/** A credential name as a Camel property placeholder prefix (`{{orders.username}}`). */
function placeholder(credentialName: string, key: string): string {
  return `{{${credentialName}.${key}}}`;
}

function auth(config: HttpReceiverConfig, fail: (why: string) => never): Record<string, unknown> {
  if (config.authentication === 'None') return {};
  if (!config.credentialName.trim())
    fail(`${config.authentication} authentication needs a credential name`);
  const name = config.credentialName.trim();
  return config.authentication === 'Basic'
    ? {
        authMethod: 'Basic',
        authUsername: placeholder(name, 'username'),
        authPassword: placeholder(name, 'password'),
      }
    : {
        oauth2ClientId: placeholder(name, 'clientId'),
        oauth2ClientSecret: placeholder(name, 'clientSecret'),
        oauth2TokenEndpoint: placeholder(name, 'tokenEndpoint'),
      };
}

/**
 * HTTP receiver (Request Reply) → `to: <address>` on Camel's http component: the reply becomes
 * the body, a status ≥ 300 fails the step with HttpOperationFailedException (CPI raises
 * HttpResponseException for ≥ 400). The request's own CamelHttp* headers are removed first so
 * the path and query the sender received are not appended to the receiver's address. The
 * credential (CPI security material) becomes Camel property placeholders named after it.
 */
export const httpReceiverCamel: CamelAdapterCodec<HttpReceiverConfig> = {
  call(config, fail) {
    let url: URL;
    try {
      url = new URL(config.address);
    } catch {
      return fail(`the HTTP receiver address "${config.address}" is not an absolute URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      fail(`the HTTP receiver address "${config.address}" is not http or https`);
    const to: CamelNode = {
      uri: config.address,
      parameters: {
        httpMethod: config.method,
        responseTimeout: config.timeoutMs,
        ...auth(config, fail),
      },
    };
    return [{ removeHeaders: { pattern: 'CamelHttp*' } }, { to }];
  },
};
