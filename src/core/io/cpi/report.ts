import type { ElementKind } from '../../model/flow';

/** One element of an imported flow worth telling the user about. */
export interface ImportReportEntry {
  elementId: string;
  elementKind: ElementKind;
  name: string;
  /** What it is, in CPI's words ("Content Modifier", "Splitter", "HTTPS adapter"). */
  kind: string;
  /** Set when the element became a placeholder step. */
  placeholder?: boolean;
  /** CPI properties kept unchanged because the studio does not map them. */
  unmapped: string[];
  notes: string[];
}

/** What came in with one flow: counts, and the elements that need a look. */
export interface ImportReport {
  flowId: string;
  flowName: string;
  file: string;
  counts: {
    steps: number;
    sequenceFlows: number;
    messageFlows: number;
    scripts: number;
    files: number;
    parameters: number;
    localProcesses: number;
  };
  entries: ImportReportEntry[];
}
