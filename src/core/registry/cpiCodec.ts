/**
 * The part of the CPI codec each step and adapter type owns: how its config maps to and from
 * the `ifl:property` list of its BPMN element. The codec core (src/core/io/cpi) parses the
 * archive, the BPMN, the positions and the links, and asks the registry for each element's codec.
 */

/** The BPMN elements CPI uses for flow steps. */
export type CpiElement =
  | 'callActivity'
  | 'serviceTask'
  | 'exclusiveGateway'
  | 'parallelGateway'
  | 'startEvent'
  | 'endEvent'
  | 'intermediateCatchEvent'
  | 'intermediateThrowEvent'
  | 'subProcess'
  /** A Local Integration Process: its own bpmn2:process. */
  | 'process';

/** The event definition child of an event element, if any. */
export type CpiEventDefinition =
  'message' | 'error' | 'timer' | 'escalation' | 'terminate' | 'none';

/**
 * An element's properties while a codec reads them. Every key a codec reads counts as mapped;
 * the rest stays in the element's extensions and is written back unchanged.
 */
export interface CpiProps {
  get(key: string): string | undefined;
  /** Reads a property and returns `fallback` when it is absent. */
  str(key: string, fallback?: string): string;
}

export interface CpiReadContext {
  element: string;
  activityType?: string;
  subActivityType?: string;
  eventDefinition: CpiEventDefinition;
  /** Every property of the element, in document order (placeholders keep them all). */
  all: readonly [string, string][];
  /** The properties of its event definition (a timer's schedule), empty when it has none. */
  eventProperties: Readonly<Record<string, string>>;
  /** The flow's script resource name for a CPI script reference ("Log.groovy"). */
  scriptName(reference: string): string | undefined;
  /**
   * Parses XML a property holds (e.g. a table's escaped rows) with the codec core's parser, so a
   * codec needs no parser of its own: attributes as "@_name", children by tag name (always
   * arrays), text as "#text" (read it with src/core/io/cpi/xnode.ts). DOCTYPE and ENTITY are
   * refused; malformed XML throws an error naming line and column.
   */
  parseXml(text: string): Record<string, unknown>;
  /** Keeps something the config cannot hold (e.g. table rows of an unmapped kind) for export. */
  keep(key: string, value: unknown): void;
  /** A note for the import report. */
  warn(message: string): void;
}

export interface CpiWriteContext {
  /** What `keep` stored on import, if anything. */
  kept(key: string): unknown;
}

/** A sequence flow as the Router's codec sees it. */
export interface CpiLink {
  props: Record<string, string>;
  /** Text of bpmn2:conditionExpression, when present. */
  condition?: string;
  /** This link is the gateway's `default`. */
  isDefault: boolean;
  name?: string;
}

export interface CpiStepCodec<C> {
  element: CpiElement;
  /** `activityType` read and written; undefined when the element alone decides (older gateways). */
  activityType?: string;
  /**
   * Other `activityType` values that mean this codec's element: CPI writes the plain Start and End
   * of a Local Integration Process as activityType "StartEvent" / "EndEvent" with no event
   * definition, and a Terminate End as "TerminateEvent". Read only; kept for export as it came.
   */
  activityTypeAliases?: readonly string[];
  /**
   * Properties that tell apart codecs sharing one activityType (CPI's Data Store steps are all
   * "DBstorage", told apart by `operation`): the element's values must equal these.
   */
  propertyMatch?: Readonly<Record<string, string>>;
  /** When set, the element's subActivityType must be one of these. */
  subActivityTypes?: readonly string[];
  /**
   * The cname of CPI's cmdVariantUri ("cname::XSLTMapping"): an element without a
   * subActivityType fits only when its variant names this (older Mapping steps say which mapping
   * only there).
   */
  variantName?: string;
  /** For events: the event definitions it reads; the first is written for new steps. */
  eventDefinitions?: readonly CpiEventDefinition[];
  /**
   * Events whose activityType, cmdVariantUri and own settings CPI writes inside the event
   * definition (Timer Start): the properties written there, given those read on import
   * (undefined for a step drawn in the studio, whose activityType and variant are added).
   */
  eventProperties?: (
    config: C,
    asImported: Record<string, string> | undefined,
  ) => Record<string, string>;
  /** Matches the element even when it carries no activityType (older exports' gateways). */
  inferFromElement?: boolean;
  /** The codec of last resort: anything no other codec reads (placeholder steps). */
  fallback?: boolean;
  /** Element to write when it depends on the config (placeholders); default `element`. */
  elementOf?: (config: C) => CpiElement;
  /** Written for steps drawn in the studio (kept from import otherwise). */
  cmdVariantUri: (config: C) => string;
  componentVersion: string;
  read(props: CpiProps, ctx: CpiReadContext): C;
  /** The properties the config stands for (activityType/cmdVariantUri are added by the core). */
  write(config: C, ctx: CpiWriteContext): Record<string, string>;
  /** Outgoing sequence flows' own settings (Router routes). */
  link?: {
    read(link: CpiLink): Record<string, unknown>;
    write(config: Record<string, unknown> | undefined): Omit<CpiLink, 'name'>;
  };
}

export interface CpiAdapterCodec<C> {
  /** The `ComponentType` property, e.g. "HTTPS", "HTTP"; "*" for the generic fallback. */
  componentType: string;
  cmdVariantUri: string;
  componentVersion: string;
  read(props: CpiProps, all: readonly [string, string][]): C;
  write(config: C): Record<string, string>;
}
