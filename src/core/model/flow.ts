/**
 * The flow model: the one shape every layer (canvas, commands, validation, import/export,
 * engine, tenant) agrees on. Pure data, JSON-serialisable, no classes.
 *
 * Coordinates: participants and the process pool are absolute canvas positions; steps are
 * relative to the pool (or to their exception subprocess when `parentId` is set), which is how
 * React Flow positions child nodes.
 */

export const SCHEMA_VERSION = 2 as const;

/**
 * What the studio does not model but must keep: an imported element's unknown CPI properties
 * (`cpi.properties`), its XML attributes (`cpi.attributes`), `cmdVariantUri` /
 * `componentVersion`, and so on. Keyed by namespace ("cpi", later "camel"); written back
 * unchanged on export, so an import → export round trip loses nothing.
 */
export type Extensions = Record<string, unknown>;

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export type ParticipantKind = 'sender' | 'receiver';

/** A Sender or Receiver participant, drawn outside the Integration Process. */
export interface Participant {
  id: string;
  kind: ParticipantKind;
  name: string;
  position: Point;
  extensions?: Extensions;
}

/** A node inside the Integration Process: an event, a task, a gateway or a subprocess. */
export interface Step {
  id: string;
  /** Registry id, e.g. "startEvent", "endEvent", "script". Never changes once released. */
  type: string;
  name: string;
  position: Point;
  /** Set when the step lives inside a container step (an Exception Subprocess). */
  parentId?: string;
  /** Container steps (subprocesses) have a size; other steps use their type's default size. */
  size?: Size;
  config: Record<string, unknown>;
  extensions?: Extensions;
}

/** A sequence flow between two steps of the same process (or subprocess). */
export interface SequenceFlow {
  id: string;
  source: string;
  target: string;
  name?: string;
  /** Per-link settings, e.g. a Router's route condition. Shape owned by the source step type. */
  config?: Record<string, unknown>;
  extensions?: Extensions;
}

/** Adapter on a message flow: type id from the adapter registry plus its configuration. */
export interface Adapter {
  type: string;
  config: Record<string, unknown>;
  extensions?: Extensions;
}

/** A message flow: Sender → Start (sender adapter) or step → Receiver (receiver adapter). */
export interface MessageFlow {
  id: string;
  source: string;
  target: string;
  adapter: Adapter;
  extensions?: Extensions;
}

/** A script file of the flow, as in CPI's Resources tab (`script/<name>`). */
export type ScriptLanguage = 'javascript' | 'groovy';

export interface ScriptResource {
  name: string;
  language: ScriptLanguage;
  content: string;
  /** Path inside a CPI archive's resources, e.g. "script/Log.groovy"; kept for export. */
  path?: string;
  /**
   * The CPI Script Collection (its Bundle-SymbolicName) the script came from with a package
   * export: it runs here, and exports with the package's collection, not inside the flow.
   */
  collection?: string;
}

/**
 * Any other file of a CPI archive (mapping/, xsd/, wsdl/, json/, lib/, …), kept as it came so it
 * exports again unchanged. `content` is base64.
 */
export interface FileResource {
  path: string;
  content: string;
}

/** An externalised parameter `{{Name}}`: its current value (parameters.prop) and its type. */
export interface ExternalParameter {
  value: string;
  /** From parameters.propdef, e.g. "xsd:string"; empty when unknown. */
  type?: string;
  /** parameters.propdef's isRequired: a run needs a value. */
  required?: boolean;
}

/** A message as the user types it: body text plus string headers and properties. */
export interface SampleMessage {
  body: string;
  headers: Record<string, string>;
  properties: Record<string, string>;
}

export type LogLevel = 'None' | 'Info' | 'Debug' | 'Trace';

export interface FlowSettings {
  /** Comma-separated request headers passed on by the HTTPS sender (CPI's Allowed Header(s)). */
  allowedHeaders: string;
  logLevel: LogLevel;
  returnExceptionToSender: boolean;
  /**
   * Prefixes the flow's XPath expressions may use, one "prefix=uri" per line (CPI's Namespace
   * Mapping; "xmlns:prefix=uri" too). Absent in files written before it existed.
   */
  namespaceMapping?: string;
  limits: {
    scriptTimeMs: number;
    scriptMemoryMb: number;
    stepBudget: number;
    maxMessageBytes: number;
  };
}

export type Expectation =
  | { kind: 'bodyEquals'; value: string }
  | { kind: 'bodyContains'; value: string }
  | { kind: 'headerEquals'; name: string; value: string }
  | { kind: 'propertyEquals'; name: string; value: string }
  | { kind: 'endsOk' }
  | { kind: 'endsWithError'; contains?: string };

export interface TestCase {
  id: string;
  name: string;
  input: SampleMessage;
  expectations: Expectation[];
  /** Optional start and stop step ids; default Start event and End event. */
  startStepId?: string;
  endStepId?: string;
}

export interface IntegrationProcess {
  id: string;
  name: string;
  position: Point;
  size: Size;
  steps: Step[];
  sequenceFlows: SequenceFlow[];
  extensions?: Extensions;
}

export interface Flow {
  schemaVersion: typeof SCHEMA_VERSION;
  id: string;
  name: string;
  description: string;
  participants: Participant[];
  process: IntegrationProcess;
  messageFlows: MessageFlow[];
  resources: { scripts: ScriptResource[]; files?: FileResource[] };
  /** Externalised parameters by name (names may contain spaces); see `{{Name}}`. */
  parameters?: Record<string, ExternalParameter>;
  /** Live-preview input message per step id (Script step preview). */
  samples: Record<string, SampleMessage>;
  testCases: TestCase[];
  settings: FlowSettings;
  extensions?: Extensions;
}

/** Every element of a flow that can be selected or named by a problem. */
export type ElementKind = 'participant' | 'process' | 'step' | 'sequenceFlow' | 'messageFlow';
