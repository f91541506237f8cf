import type { CpiAdapterCodec } from '../../registry/cpiCodec';
import type { HttpsSenderConfig } from './index';

/** CPI's HTTPS sender: urlPath, senderAuthType RoleBased|ClientCertificate, xsrfProtection 1|0. */
export const httpsSenderCpi: CpiAdapterCodec<HttpsSenderConfig> = {
  componentType: 'HTTPS',
  cmdVariantUri:
    'ctype::AdapterVariant/cname::sap:HTTPS/tp::HTTPS/mp::None/direction::Sender/version::1.5.0',
  componentVersion: '1.5',
  read: (p) => {
    const size = Number(p.str('maximumBodySize', '40'));
    return {
      address: p.str('urlPath'),
      authorization:
        p.str('senderAuthType') === 'ClientCertificate' ? 'ClientCertificate' : 'UserRole',
      userRole: p.str('userRole', 'ESBMessaging.send'),
      clientCertificates: p.str('clientCertificates'),
      csrfProtected: p.str('xsrfProtection', '1') !== '0',
      maxBodySizeMb: Number.isFinite(size) && size > 0 ? size : 40,
    };
  },
  write: (c) => ({
    ComponentType: 'HTTPS',
    ComponentNS: 'sap',
    Name: 'HTTPS',
    TransportProtocol: 'HTTPS',
    MessageProtocol: 'None',
    direction: 'Sender',
    urlPath: c.address,
    senderAuthType: c.authorization === 'ClientCertificate' ? 'ClientCertificate' : 'RoleBased',
    userRole: c.userRole,
    clientCertificates: c.clientCertificates,
    xsrfProtection: c.csrfProtected ? '1' : '0',
    maximumBodySize: String(c.maxBodySizeMb),
  }),
};
