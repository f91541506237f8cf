import type { CamelAdapterCodec } from '../../registry/camelCodec';
import type { HttpsSenderConfig } from './index';

/**
 * HTTPS sender → `platform-http:<address>` (a trailing `/*` matches on the prefix). User role,
 * client certificates, CSRF and the body size limit belong to the Camel runtime's HTTP server
 * and security set-up; they are not part of the route.
 */
export const httpsSenderCamel: CamelAdapterCodec<HttpsSenderConfig> = {
  from(config, fail) {
    if (!config.address) fail('the HTTPS sender has no address; Camel needs a "from" endpoint');
    return config.address.endsWith('/*')
      ? `platform-http:${config.address.slice(0, -2)}?matchOnUriPrefix=true`
      : `platform-http:${config.address}`;
  },
};
