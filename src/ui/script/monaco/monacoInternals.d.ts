// Monaco 0.57 ships these worker modules without typings; only what cpiTs.worker.ts uses.
declare module 'monaco-editor/internal/common/initialize' {
  export function initialize(callback: (ctx: unknown, createData: unknown) => unknown): void;
}

declare module 'monaco-editor/languages/features/typescript/tsWorker' {
  interface TextSpan {
    start: number;
    length: number;
  }
  export class TypeScriptWorker {
    constructor(ctx: unknown, createData: unknown);
    getScriptFileNames(): string[];
    getScriptVersion(fileName: string): string;
    _getScriptText(fileName: string): string | undefined;
    getCompletionsAtPosition(
      fileName: string,
      position: number,
    ): Promise<
      { entries: { replacementSpan?: TextSpan }[]; optionalReplacementSpan?: TextSpan } | undefined
    >;
    getCompletionEntryDetails(fileName: string, position: number, entry: string): Promise<unknown>;
    getSignatureHelpItems(
      fileName: string,
      position: number,
      options: unknown,
    ): Promise<{ applicableSpan: TextSpan } | undefined>;
    getQuickInfoAtPosition(
      fileName: string,
      position: number,
    ): Promise<{ textSpan: TextSpan } | undefined>;
  }
}
