import type { ElementKind } from '../model/flow';

export type Severity = 'error' | 'warning';

/** One finding of validation, pointing at the element (and field) it is about. */
export interface Problem {
  severity: Severity;
  message: string;
  elementId: string;
  elementKind: ElementKind;
  /** Config key the problem is about, for inline errors in the form. */
  field?: string;
  /** Where in the step's script the problem is (1-based line and column). */
  line?: number;
  column?: number;
}
