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
  | 'subProcess';

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
  /** The flow's script resource name for a CPI script reference ("Log.groovy"). */
  scriptName(reference: string): string | undefined;
}

export interface CpiWriteContext {
  /** The CPI file name (under script/) of one of the flow's scripts. */
  scriptReference(name: string): string;
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
  /** When set, the element's subActivityType must be one of these. */
  subActivityTypes?: readonly string[];
  /** For events: which event definition the element carries. */
  eventDefinition?: CpiEventDefinition;
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
  /** The `ComponentType` property, e.g. "HTTPS", "HTTP". */
  componentType: string;
  cmdVariantUri: string;
  componentVersion: string;
  read(props: CpiProps): C;
  write(config: C): Record<string, string>;
}
