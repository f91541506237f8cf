import { adapterTypes } from '../../adapters';
import type { CpiAdapterCodec, CpiEventDefinition, CpiStepCodec } from '../../registry/cpiCodec';
import { elementTypes, getStepType } from '../../registry/registry';
import type { AdapterTypeDef, StepTypeDef } from '../../registry/types';

/*
 * The codec core asks the registry, never a list of its own: a step or adapter type that
 * carries `codecs.cpi` is read and written; anything else falls to the fallback codec.
 */

export interface ElementInfo {
  element: string;
  activityType?: string;
  subActivityType?: string;
  eventDefinition: CpiEventDefinition;
  /** The element's properties (for codecs told apart by a property, see `propertyMatch`). */
  prop?: (key: string) => string | undefined;
}

type Codec = CpiStepCodec<Record<string, unknown>>;
export interface StepCodecEntry {
  def: StepTypeDef;
  codec: Codec;
}

const stepCodecs: StepCodecEntry[] = elementTypes.flatMap((def) =>
  def.codecs?.cpi ? [{ def, codec: def.codecs.cpi as Codec }] : [],
);

function fits(c: Codec, info: ElementInfo): boolean {
  if (c.fallback || c.element !== info.element) return false;
  if (c.eventDefinitions && !c.eventDefinitions.includes(info.eventDefinition)) return false;
  if (info.activityType === undefined) return c.activityType === undefined || !!c.inferFromElement;
  if (c.activityType !== info.activityType && !c.activityTypeAliases?.includes(info.activityType))
    return false;
  if (c.propertyMatch && !Object.entries(c.propertyMatch).every(([k, v]) => info.prop?.(k) === v))
    return false;
  if (c.variantName && !info.subActivityType)
    return (info.prop?.('cmdVariantUri') ?? '').includes(`cname::${c.variantName}`);
  return (
    !c.subActivityTypes ||
    !info.subActivityType ||
    c.subActivityTypes.includes(info.subActivityType)
  );
}

/** The codec reading an element, or the fallback (placeholder) one. */
export function stepCodecFor(info: ElementInfo): StepCodecEntry {
  const hit = stepCodecs.find((e) => fits(e.codec, info));
  if (hit) return hit;
  const fallback = stepCodecs.find((e) => e.codec.fallback);
  if (!fallback) throw new Error('No fallback CPI codec is registered');
  return fallback;
}

/** The codec of a step type (for export); undefined when the type has none. */
export function stepCodecOf(type: string): StepCodecEntry | undefined {
  const def = getStepType(type);
  return def?.codecs?.cpi ? { def, codec: def.codecs.cpi as Codec } : undefined;
}

/** The step type that stands for a whole bpmn2:process (Local Integration Process). */
export function processCodec(): StepCodecEntry | undefined {
  return stepCodecs.find((e) => e.codec.element === 'process');
}

type AdapterCodec = CpiAdapterCodec<Record<string, unknown>>;
export interface AdapterCodecEntry {
  def: AdapterTypeDef;
  codec: AdapterCodec;
}

const adapterCodecs: AdapterCodecEntry[] = adapterTypes.flatMap((def) =>
  def.codecs?.cpi ? [{ def, codec: def.codecs.cpi as AdapterCodec }] : [],
);

export function adapterCodecFor(
  componentType: string,
  direction: 'sender' | 'receiver',
): AdapterCodecEntry {
  const mine = adapterCodecs.filter((e) => e.def.direction === direction);
  const hit =
    mine.find((e) => e.codec.componentType === componentType) ??
    mine.find((e) => e.codec.componentType === '*');
  if (!hit) throw new Error(`No generic ${direction} adapter codec is registered`);
  return hit;
}

export function adapterCodecOf(type: string): AdapterCodecEntry | undefined {
  return adapterCodecs.find((e) => e.def.type === type);
}
