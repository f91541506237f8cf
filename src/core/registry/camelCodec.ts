import type { Flow, Step } from '../model/flow';

/** One node of Camel's YAML DSL (a processor such as `{ setHeader: { … } }`), as plain data. */
export type CamelNode = Record<string, unknown>;

/** What the Camel codec core offers a step's codec while it writes. */
export interface CamelWriteContext {
  flow: Flow;
  /** The processors of the path that starts at this step, up to its end (for branches). */
  follow(stepId: string): CamelNode[];
  /** Refuses the export, naming the step and why. */
  refuse(step: Step, why: string): never;
}

/** A step type's part of the Camel export. */
export interface CamelStepCodec<C> {
  /** The step as YAML DSL processors, in order (none for Start/End events). */
  write(config: C, step: Step, ctx: CamelWriteContext): CamelNode[];
  /** True when the step ends its path itself (a Router writes its branches). */
  endsPath?: boolean;
}

/** CPI's Camel simple expressions in Camel's own dialect (${property.x} is ${exchangeProperty.x}). */
export function toCamelSimple(expression: string): string {
  return expression
    .replace(/\$\{property\.([^}]+)\}/g, '${exchangeProperty.$1}')
    .replace(/\$\{in\.body\}/g, '${body}');
}
