import { parseNamespaceMapping } from '../expression/parseNamespaceMapping';
import type { Flow, Step } from '../model/flow';

/** One node of Camel's YAML DSL (a processor such as `{ setHeader: { … } }`), as plain data. */
export type CamelNode = Record<string, unknown>;

/** What the Camel codec core offers a step's codec while it writes. */
export interface CamelWriteContext {
  flow: Flow;
  /**
   * The processors of the path that starts at this step, up to its end (for branches), or up to
   * `stopAt` (not included: a Splitter's steps up to its Gather).
   */
  follow(stepId: string, stopAt?: string): CamelNode[];
  /**
   * The processors of a whole process: the main process (`undefined`) or a container step's
   * own (a Local Integration Process), from its Start event, wrapped by its containers
   * (an Exception Subprocess → doTry / doCatch).
   */
  process(containerId: string | undefined): CamelNode[];
  /** The route id for a route of this flow (`<flow id>` or `<flow id>-<suffix>`). */
  routeId(suffix?: string): string;
  /** Refuses the export, naming the step and why. */
  refuse(step: Step, why: string): never;
  /** Text with the flow's `{{parameters}}` replaced by their values (unknown ones kept). */
  resolve(text: string): string;
}

/** A step type's part of the Camel export. */
export interface CamelStepCodec<C> {
  /** The step as YAML DSL processors, in order (none for Start/End events). */
  write(config: C, step: Step, ctx: CamelWriteContext): CamelNode[];
  /** True when the step ends its path itself (a Router writes its branches). */
  endsPath?: boolean;
  /**
   * Containers that handle the process they sit in: the process's processors, wrapped
   * (Exception Subprocess → doTry / doCatch around them).
   */
  wrap?(config: C, step: Step, ctx: CamelWriteContext, steps: CamelNode[]): CamelNode[];
  /** Containers that run as a route of their own (Local Integration Process → `direct:`). */
  route?(config: C, step: Step, ctx: CamelWriteContext): CamelNode;
  /**
   * Gather: the aggregation strategy of the Splitter or Multicast whose messages it collects,
   * and the processors that finish its result after the `split`/`multicast` (a Gather's own
   * `write` then writes nothing). Refuses what Camel cannot combine.
   */
  aggregate?(
    config: C,
    step: Step,
    ctx: CamelWriteContext,
  ): { strategy: string; after: CamelNode[] };
  /** Process starts that need no Sender (Timer Start): the URI of the route's `from`. */
  from?(config: C, step: Step, ctx: CamelWriteContext): string;
}

/** An adapter type's part of the Camel export. */
export interface CamelAdapterCodec<C> {
  /** Sender adapters: the URI of the route's `from` endpoint. */
  from?(config: C, fail: (why: string) => never): string;
  /** Receiver adapters: processors that call the receiver and make its reply the message. */
  call?(config: C, fail: (why: string) => never): CamelNode[];
}

/** CPI's Camel simple expressions in Camel's own dialect (${property.x} is ${exchangeProperty.x}). */
export function toCamelSimple(expression: string): string {
  return expression
    .replace(/\$\{property\.([^}]+)\}/g, '${exchangeProperty.$1}')
    .replace(/\$\{in\.body\}/g, '${body}');
}

/**
 * An `xpath` expression's `namespace` list: the flow's Namespace Mapping with a step's own
 * lines over it (none when both are empty).
 */
export function xpathNamespaces(
  flow: Flow,
  own = '',
): { namespace?: { key: string; value: string }[] } {
  const map = {
    ...parseNamespaceMapping(flow.settings.namespaceMapping ?? '').map,
    ...parseNamespaceMapping(own).map,
  };
  const namespace = Object.entries(map).map(([key, value]) => ({ key, value }));
  return namespace.length ? { namespace } : {};
}
