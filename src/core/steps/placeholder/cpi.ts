import type { CpiElement, CpiReadContext, CpiStepCodec } from '../../registry/cpiCodec';
import type { PlaceholderConfig } from './index';

/** CPI's shape names for the activity types met most often. */
const NAMES: Record<string, string> = {
  Splitter: 'Splitter',
  Gather: 'Gather',
  Mapping: 'Message Mapping',
  Filter: 'Filter',
  Multicast: 'Multicast',
  Join: 'Join',
  Send: 'Send',
  Aggregator: 'Aggregator',
  contentEnricherWithLookup: 'Content Enricher',
  XmlValidator: 'XML Validator',
  Variables: 'Write Variables',
  Encoder: 'Encoder',
  Decoder: 'Decoder',
  Encryptor: 'PGP Encryptor',
  Decryptor: 'PGP Decryptor',
  Signer: 'Signer',
  Verifier: 'Verifier',
  IDMapper: 'ID Mapping',
  Persist: 'Persist',
  WriteToMessageStore: 'Persist Message',
  CsvToXmlConverter: 'CSV to XML Converter',
  XmlToCsvConverter: 'XML to CSV Converter',
  EDIToXMLConverter: 'EDI to XML Converter',
  XMLToEDIConverter: 'XML to EDI Converter',
  XmlModifier: 'XML Modifier',
  Validator: 'Validator',
  ProcessDirect: 'Process Direct',
  // As real content writes them.
  PgpEncrypt: 'PGP Encryptor',
  PgpDecrypt: 'PGP Decryptor',
  IdempotentProcessCall: 'Idempotent Process Call',
  XMLtoEDIConverter: 'XML to EDI Converter',
  EDItoXMLConverter: 'EDI to XML Converter',
  EDIExtractor: 'EDI Extractor',
  PollEnrich: 'Poll Enrich',
  SignMessage: 'Signer',
  SimpleSignMessage: 'Simple Signer',
  XMLDigitalSignMessage: 'XML Digital Signer',
};
const DATA_STORE: Record<string, string> = {
  put: 'Data Store Write',
  get: 'Data Store Get',
  select: 'Data Store Select',
  delete: 'Data Store Delete',
};

function shapeName(ctx: CpiReadContext): string {
  const { activityType: a, subActivityType: sub, element, eventDefinition } = ctx;
  if (element === 'startEvent' && eventDefinition === 'timer') return 'Timer Start';
  if (element === 'endEvent' && eventDefinition === 'escalation') return 'Escalation End';
  if (element === 'parallelGateway') return 'Parallel Multicast';
  if (element.startsWith('intermediate'))
    return eventDefinition === 'timer' ? 'Timer' : 'Intermediate Event';
  if (!a) return element.replace(/^./, (c) => c.toUpperCase());
  if (a === 'DBstorage') return (sub && DATA_STORE[sub]) ?? 'Data Store';
  if (a === 'Multicast' && sub)
    return /seq/i.test(sub) ? 'Sequential Multicast' : 'Parallel Multicast';
  return NAMES[a] ?? a;
}

const ELEMENTS: readonly string[] = [
  'callActivity',
  'serviceTask',
  'exclusiveGateway',
  'parallelGateway',
  'startEvent',
  'endEvent',
  'intermediateCatchEvent',
  'intermediateThrowEvent',
  'subProcess',
];

/** Reads anything no other codec reads; writes it back exactly as it came. */
export const placeholderCpi: CpiStepCodec<PlaceholderConfig> = {
  element: 'callActivity',
  fallback: true,
  elementOf: (c) => (ELEMENTS.includes(c.element) ? (c.element as CpiElement) : 'callActivity'),
  cmdVariantUri: () => '',
  componentVersion: '',
  read: (props, ctx) => {
    const properties: Record<string, string> = {};
    for (const [k, v] of ctx.all) {
      props.get(k);
      properties[k] = v;
    }
    return { shapeName: shapeName(ctx), element: ctx.element, properties };
  },
  write: (c) => ({ ...c.properties }),
};
