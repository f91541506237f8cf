// The TypeScript worker for Script editors: Monaco's own, plus a typed shadow of every script
// (see typedShadow.ts) so `message.` completes and hovers with the CPI Message API.
import { initialize } from 'monaco-editor/internal/common/initialize';
import { TypeScriptWorker } from 'monaco-editor/languages/features/typescript/tsWorker';
import { typedShadow, type TypedShadow } from './typedShadow';

const SHADOW = '#cpi-typed.js';
type Span = { start: number; length: number };

class CpiTypeScriptWorker extends TypeScriptWorker {
  private shadows = new Map<string, { version: string; shadow: TypedShadow }>();

  private isScript(fileName: string): boolean {
    return (
      !fileName.endsWith('.d.ts') &&
      !fileName.endsWith(SHADOW) &&
      super._getScriptText(fileName) !== undefined
    );
  }

  private shadowOf(fileName: string): TypedShadow {
    const version = super.getScriptVersion(fileName);
    const cached = this.shadows.get(fileName);
    if (cached && cached.version === version) return cached.shadow;
    const shadow = typedShadow(super._getScriptText(fileName) ?? '');
    this.shadows.set(fileName, { version, shadow });
    return shadow;
  }

  private mapSpan<T extends Span | undefined>(shadow: TypedShadow, span: T): T {
    if (!span) return span;
    const start = shadow.fromShadow(span.start);
    return { ...span, start, length: shadow.fromShadow(span.start + span.length) - start };
  }

  override getScriptFileNames(): string[] {
    const names = super.getScriptFileNames();
    return names.concat(
      names.filter((n) => this.isScript(n) && n.startsWith('inmemory:')).map((n) => n + SHADOW),
    );
  }

  override getScriptVersion(fileName: string): string {
    return super.getScriptVersion(
      fileName.endsWith(SHADOW) ? fileName.slice(0, -SHADOW.length) : fileName,
    );
  }

  override _getScriptText(fileName: string): string | undefined {
    if (fileName.endsWith(SHADOW)) return this.shadowOf(fileName.slice(0, -SHADOW.length)).text;
    return super._getScriptText(fileName);
  }

  override async getCompletionsAtPosition(fileName: string, position: number) {
    if (!this.isScript(fileName)) return super.getCompletionsAtPosition(fileName, position);
    const shadow = this.shadowOf(fileName);
    const info = await super.getCompletionsAtPosition(fileName + SHADOW, shadow.toShadow(position));
    if (!info) return info;
    return {
      ...info,
      optionalReplacementSpan: this.mapSpan(shadow, info.optionalReplacementSpan),
      entries: info.entries.map((e) => ({
        ...e,
        replacementSpan: this.mapSpan(shadow, e.replacementSpan),
      })),
    };
  }

  override async getCompletionEntryDetails(fileName: string, position: number, entry: string) {
    if (!this.isScript(fileName)) return super.getCompletionEntryDetails(fileName, position, entry);
    return super.getCompletionEntryDetails(
      fileName + SHADOW,
      this.shadowOf(fileName).toShadow(position),
      entry,
    );
  }

  override async getSignatureHelpItems(fileName: string, position: number, options: unknown) {
    if (!this.isScript(fileName)) return super.getSignatureHelpItems(fileName, position, options);
    const shadow = this.shadowOf(fileName);
    const info = await super.getSignatureHelpItems(
      fileName + SHADOW,
      shadow.toShadow(position),
      options,
    );
    return info && { ...info, applicableSpan: this.mapSpan(shadow, info.applicableSpan) };
  }

  override async getQuickInfoAtPosition(fileName: string, position: number) {
    if (!this.isScript(fileName)) return super.getQuickInfoAtPosition(fileName, position);
    const shadow = this.shadowOf(fileName);
    const info = await super.getQuickInfoAtPosition(fileName + SHADOW, shadow.toShadow(position));
    return info && { ...info, textSpan: this.mapSpan(shadow, info.textSpan) };
  }
}

self.onmessage = () => {
  initialize((ctx, createData) => new CpiTypeScriptWorker(ctx, createData));
};
