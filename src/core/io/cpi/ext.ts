import type { KeptShape } from './shapes';
import type { AsRead } from './asRead';
import type { Extensions } from '../../model/flow';

/** What an element keeps in `extensions.cpi`. */
export interface CpiExt {
  /** ifl:properties no codec read (cmdVariantUri, componentVersion, …), written back as they are. */
  properties?: Record<string, string>;
  /** XML attributes the studio does not model. */
  attributes?: Record<string, string>;
  /** The event definition of an event element, and its own properties. */
  eventDefinition?: string;
  eventProperties?: Record<string, string>;
  /** Data a codec kept with ctx.keep. */
  kept?: Record<string, unknown>;
  /** A pool's participant (Integration Process, Local Integration Process). */
  participant?: { id: string; name: string; properties?: Record<string, string> };
  /**
   * A link's bpmndi waypoints as imported, with the absolute top-left of its source and target
   * then: the export draws them again while both ends are still there, else a fresh line.
   */
  /** The codec's reading of the file where it differs from the file (see asRead.ts). */
  asRead?: AsRead;
  /** Attributes of a sequence flow's conditionExpression (its id), written back. */
  condition?: Record<string, string>;
  /** CPI's bounds of the shape and our box at import (see shapes.ts). */
  shape?: KeptShape;
  /** Attributes of the event definition (its id). */
  eventAttributes?: Record<string, string>;
  /** A Looping Process Call's bpmn2:standardLoopCharacteristics, kept for export. */
  loop?: {
    attributes: Record<string, string>;
    condition?: { attributes: Record<string, string>; text: string };
  };
  /** The collaboration's bpmn2:documentation (CPI's description of the flow). */
  documentation?: { attributes: Record<string, string>; text: string };
  /** A message flow CPI drew from the Receiver to its step; written back that way. */
  reversed?: boolean;
  diagram?: { waypoints: [number, number][]; ends: [[number, number], [number, number]] };
}

export function cpiExt(e: Extensions | undefined): CpiExt {
  const v = e?.cpi;
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as CpiExt) : {};
}

/** `extensions` with the cpi bag set; empty members are left out. */
export function withCpi(ext: CpiExt): Extensions | undefined {
  const out: Record<string, unknown> = {};
  // `properties` stays even when empty: it marks an element that came from CPI, which then
  // exports with what it came with and no defaults added.
  for (const [k, v] of Object.entries(ext))
    if (
      v !== undefined &&
      (k === 'properties' || !(typeof v === 'object' && v !== null && Object.keys(v).length === 0))
    )
      out[k] = v;
  return Object.keys(out).length ? { cpi: out } : undefined;
}

export const stringRecord = (v: unknown): Record<string, string> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(
        Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'),
      )
    : {};
