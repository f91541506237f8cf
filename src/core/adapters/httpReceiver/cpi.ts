import type { CpiAdapterCodec } from '../../registry/cpiCodec';
import { HTTP_METHODS, type HttpReceiverConfig } from './index';

const AUTH_IN: Record<string, HttpReceiverConfig['authentication']> = {
  None: 'None',
  Basic: 'Basic',
  OAuth2ClientCredentials: 'OAuth2ClientCredentials',
  'OAuth2 Client Credentials': 'OAuth2ClientCredentials',
};

/**
 * CPI's HTTP receiver: httpAddressWithoutQuery, httpMethod, httpRequestTimeout (ms),
 * authenticationMethod, credentialName. The reply mock is the studio's own and stays here.
 */
export const httpReceiverCpi: CpiAdapterCodec<HttpReceiverConfig> = {
  componentType: 'HTTP',
  cmdVariantUri:
    'ctype::AdapterVariant/cname::sap:HTTP/tp::HTTP/mp::None/direction::Receiver/version::1.15.0',
  componentVersion: '1.15',
  read: (p) => {
    const method = p.str('httpMethod', 'POST').toUpperCase();
    const timeout = Number(p.str('httpRequestTimeout', '60000'));
    return {
      address: p.str('httpAddressWithoutQuery'),
      method: (HTTP_METHODS as readonly string[]).includes(method)
        ? (method as HttpReceiverConfig['method'])
        : 'POST',
      timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 60000,
      authentication: AUTH_IN[p.str('authenticationMethod', 'None')] ?? 'None',
      credentialName: p.str('credentialName'),
      mockStatus: 200,
      mockHeaders: 'Content-Type: application/json',
      mockBody: '{}',
    };
  },
  write: (c) => ({
    ComponentType: 'HTTP',
    ComponentNS: 'sap',
    Name: 'HTTP',
    TransportProtocol: 'HTTP',
    MessageProtocol: 'None',
    direction: 'Receiver',
    httpAddressWithoutQuery: c.address,
    httpMethod: c.method,
    httpRequestTimeout: String(c.timeoutMs),
    authenticationMethod: c.authentication,
    credentialName: c.credentialName,
  }),
};
