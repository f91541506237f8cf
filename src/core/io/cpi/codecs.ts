import { adapterTypes } from '../../adapters';
import type { CpiAdapterCodec, CpiEventDefinition, CpiStepCodec } from '../../registry/cpiCodec';
import { adapterCodecs, stepCodecs } from '../../registry/codecs';
import { elementTypes, getStepType } from '../../registry/registry';
import type { AdapterTypeDef, StepTypeDef } from '../../registry/types';

/*
 * The codec core asks the registry, never a list of its own: a step or adapter type that
 * carries `codecs.cpi` is read and written; anything else falls to the fallback codec. The
 * codecs load on first use: the entry points (archive.ts, writeIflw) await `loadCodecs()`
 * before they call into here, and the tables below are built on first use after that.
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

function stepEntry(def: StepTypeDef | undefined): StepCodecEntry | undefined {
  const codec = def && stepCodecs(def.type).cpi;
  return def && codec ? { def, codec } : undefined;
}

let stepTable: StepCodecEntry[] | undefined;
const stepEntries = (): StepCodecEntry[] =>
  (stepTable ??= elementTypes.flatMap((def) => stepEntry(def) ?? []));

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
  const hit = stepEntries().find((e) => fits(e.codec, info));
  if (hit) return hit;
  const fallback = stepEntries().find((e) => e.codec.fallback);
  if (!fallback) throw new Error('No fallback CPI codec is registered');
  return fallback;
}

/** The codec of a step type (for export); undefined when the type has none. */
export function stepCodecOf(type: string): StepCodecEntry | undefined {
  return stepEntry(getStepType(type));
}

/** The step type that stands for a whole bpmn2:process (Local Integration Process). */
export function processCodec(): StepCodecEntry | undefined {
  return stepEntries().find((e) => e.codec.element === 'process');
}

type AdapterCodec = CpiAdapterCodec<Record<string, unknown>>;
export interface AdapterCodecEntry {
  def: AdapterTypeDef;
  codec: AdapterCodec;
}

let adapterTable: AdapterCodecEntry[] | undefined;
const adapterEntries = (): AdapterCodecEntry[] =>
  (adapterTable ??= adapterTypes.flatMap((def) => {
    const codec = adapterCodecs(def.type).cpi;
    return codec ? [{ def, codec }] : [];
  }));

export function adapterCodecFor(
  componentType: string,
  direction: 'sender' | 'receiver',
): AdapterCodecEntry {
  const mine = adapterEntries().filter((e) => e.def.direction === direction);
  const hit =
    mine.find((e) => e.codec.componentType === componentType) ??
    mine.find((e) => e.codec.componentType === '*');
  if (!hit) throw new Error(`No generic ${direction} adapter codec is registered`);
  return hit;
}

export function adapterCodecOf(type: string): AdapterCodecEntry | undefined {
  return adapterEntries().find((e) => e.def.type === type);
}
