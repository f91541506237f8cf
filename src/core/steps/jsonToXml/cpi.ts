import type { CpiStepCodec } from '../../registry/cpiCodec';
import type { JsonToXmlConfig } from './config';

const bool = (v: string | undefined) => v === 'true';

export const jsonToXmlCpi: CpiStepCodec<JsonToXmlConfig> = {
  element: 'callActivity',
  activityType: 'JsonToXmlConverter',
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::JsonToXmlConverter/version::1.1.1',
  componentVersion: '1.1',
  read: (p) => ({
    addRootElement: bool(p.get('addXMLRootElement')),
    rootElementName: p.str('additionalRootElementName'),
    rootNamespace: p.str('additionalRootElementNamespace'),
    useNamespaceMapping: bool(p.get('useNamespaces')),
    namespaceMapping: p.str('jsonNamespaceMapping').replace(/;/g, '\n'),
    jsonPrefixSeparator: p.str('jsonNamespaceSeparator', ':').slice(0, 1),
  }),
  write: (c) => ({
    addXMLRootElement: String(c.addRootElement),
    additionalRootElementName: c.rootElementName,
    additionalRootElementNamespace: c.rootNamespace,
    useNamespaces: String(c.useNamespaceMapping),
    jsonNamespaceMapping: c.namespaceMapping.split(/\r?\n/).filter(Boolean).join(';'),
    jsonNamespaceSeparator: c.jsonPrefixSeparator,
  }),
};
