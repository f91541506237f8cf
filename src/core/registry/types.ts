import type * as z from 'zod/mini';
import type { Flow, Step } from '../model/flow';
import type { Problem } from '../validation/problem';
import type { StepExecContext, StepExecResult } from '../engine/types';
import type { Message } from '../model/message';
import type { AdapterCodecs, LazyCodecs, StepCodecs } from './lazyCodecs';

/** Palette groups, as in CPI's palette. */
export type PaletteGroup = 'Participants' | 'Events' | 'Steps';

/** How the canvas draws an element: CPI's BPMN-like shapes. */
export type Shape =
  | 'participant'
  | 'startEvent'
  | 'endEvent'
  | 'task'
  | 'gateway'
  | 'subprocess'
  /** A process drawn as a pool of its own (Local Integration Process). */
  | 'pool';

export interface SelectOption {
  value: string;
  label: string;
}

interface FieldBase {
  /** Key in the config object. */
  key: string;
  label: string;
  help?: string;
  required?: boolean;
  /** Field is shown only when this returns true for the current config. */
  visibleWhen?: (config: Record<string, unknown>) => boolean;
}

/** Declarative form description: the properties panel and dialogs render these. */
export type FieldSpec =
  | (FieldBase & {
      kind: 'text';
      placeholder?: string;
      /** In a table: the placeholder for this row (e.g. by the row's source type). */
      rowPlaceholder?: (row: Record<string, unknown>) => string;
    })
  | (FieldBase & { kind: 'textarea'; placeholder?: string; rows?: number })
  | (FieldBase & { kind: 'number'; min?: number; max?: number; unit?: string })
  | (FieldBase & { kind: 'checkbox' })
  | (FieldBase & { kind: 'select'; options: SelectOption[] })
  /** Picks one of the flow's script resources (or creates one). */
  | (FieldBase & { kind: 'script' })
  /** Picks one of the flow's XSLT stylesheets (mapping/*.xsl, *.xslt) or creates one. */
  | (FieldBase & { kind: 'stylesheet' })
  /** Rows of sub-fields, e.g. Content Modifier header rows. */
  | (FieldBase & { kind: 'table'; columns: FieldSpec[]; newRow: () => Record<string, unknown> })
  /**
   * The order of the step's outgoing links (`routeOrder`: a Router's routes, a Sequential
   * Multicast's branches), moved up and down in a list. `describe` sums up one link's config
   * (a route's condition).
   */
  | (FieldBase & {
      kind: 'routeOrder';
      describe?: (linkConfig: Record<string, unknown>) => string;
    });

/** A tab of a step's dialog (e.g. Content Modifier: Message Header, Exchange Property, Body). */
export interface FieldGroup {
  title: string;
  fields: FieldSpec[];
}

/** Sequence-flow limits of a step type, used by the connection rules. */
export interface ConnectionSpec {
  /** Max incoming sequence flows; undefined = unlimited. 0 = none allowed (Start). */
  maxIncoming?: number;
  /** Max outgoing sequence flows; undefined = unlimited. 0 = none allowed (End). */
  maxOutgoing?: number;
  /** Accepts a message flow from a Sender participant (Start message event). */
  acceptsSender?: boolean;
  /** May send a message flow to a Receiver participant (Request Reply). */
  mayCallReceiver?: boolean;
}

/**
 * One definition per step type, in its own folder under src/core/steps/<type>/.
 * The palette, the properties panel, validation, import and the engine all read it.
 */
export interface StepTypeDef<C extends Record<string, unknown> = Record<string, unknown>> {
  /** Stable id stored in flow files. Never change once released. */
  type: string;
  label: string;
  /** Short text for tooltips and the palette search. */
  description: string;
  group: PaletteGroup;
  /** Sub-heading inside the Steps group, as in CPI (Transformation, Routing, Call, Process). */
  category?: string;
  shape: Shape;
  /** SVG path data (24×24 viewBox) drawn as the element's icon. */
  icon: string;
  /** Default size on the canvas. */
  size: { width: number; height: number };
  /** Default name for a new element ("Script 1" style numbering is added by the command). */
  defaultName: string;
  defaultConfig: () => C;
  /**
   * The defaults for keys a step saved by an older version lacks, when they depend on what the
   * step holds (a Timer Start's imported CPI schedule); `defaultConfig` otherwise.
   */
  defaultConfigOf?: (step: Step) => C;
  /** Config schema: import and validation use it. */
  configSchema: z.ZodMiniType<C>;
  /** The properties panel / dialog form. */
  form: FieldGroup[];
  connections: ConnectionSpec;
  /** A container (Exception Subprocess) holds other steps. */
  container?: boolean;
  /**
   * Per-step label and icon when they depend on the config (a placeholder shows its CPI shape
   * name, e.g. "Splitter"); default `label` and `icon`.
   */
  look?: (config: C) => { label: string; icon: string };
  /** Imported content the studio cannot edit (placeholder): not in the palette, read-only panel. */
  readOnly?: boolean;
  /** Only one of this type per process (Start). */
  singleton?: boolean;
  /** Where a run of the Integration Process begins (Start Message, Timer Start). */
  startsProcess?: boolean;
  /**
   * Gather and Join: the messages of the innermost Splitter or Multicast stop here; the step
   * runs once, when all have arrived, with them in `ctx.gathered`. A Join 'handsOn' those
   * messages to a Gather right after it; a Gather 'combines' them.
   */
  collects?: 'combines' | 'handsOn';
  /** Splitter and Multicast: send several messages on, which meet at a step that `collects`. */
  forks?: boolean;
  /** Ends a path although the type allows outgoing links (an imported End-shaped placeholder). */
  endsPath?: (config: C) => boolean;
  /**
   * Load-door repair of what only this type can judge (a Router's routeOrder naming links that
   * are not its outgoing links). Runs after the config passed its schema. Returns the fixed config and a warning per fix, or undefined.
   */
  repair?: (step: Step, flow: Flow, config: C) => { config: C; warnings: string[] } | undefined;
  /** Extra checks beyond the schema (on what the user has typed so far, so read it leniently). */
  validate?: (step: Step, flow: Flow) => Problem[];
  /** Link-level settings for outgoing sequence flows (Router routes). */
  linkForm?: FieldGroup[];
  /** How the engine runs it; undefined for pure control elements handled by the engine. */
  execute?: (ctx: StepExecContext, message: Message, config: C) => Promise<StepExecResult>;
  /**
   * How the type maps to and from other formats (the codec cores know no step type), loaded on
   * first use: `lazyCodecs(async () => (await import('./codecs')).codecs)`; read them with
   * registry/codecs.ts (`await loadCodecs()`, then `stepCodecs(type)`).
   */
  codecs?: LazyCodecs<StepCodecs<C>>;
}

/** Adapter types on message flows (HTTPS sender, HTTP receiver, …). */
export interface AdapterTypeDef<C extends Record<string, unknown> = Record<string, unknown>> {
  type: string;
  label: string;
  direction: 'sender' | 'receiver';
  /** Imported only (generic CPI adapters): not offered when connecting, shown read-only. */
  readOnly?: boolean;
  defaultConfig: () => C;
  configSchema: z.ZodMiniType<C>;
  form: FieldGroup[];
  validate?: (config: Record<string, unknown>) => { field: string; message: string }[];
  /** Loaded on first use, as a step type's (`adapterCodecs(type)` after `loadCodecs()`). */
  codecs?: LazyCodecs<AdapterCodecs<C>>;
}

/**
 * A step type's definition with its config type C carried through: the executor, the
 * validation, the repair and the codecs see `config: C`, with no casts in the step folder.
 * The registry stores the widened form (one cast, in registry.ts).
 */
export function defineStepType<C extends Record<string, unknown>>(
  def: StepTypeDef<C>,
): StepTypeDef<C> {
  return def;
}

/** The same for adapter types. */
export function defineAdapterType<C extends Record<string, unknown>>(
  def: AdapterTypeDef<C>,
): AdapterTypeDef<C> {
  return def;
}
