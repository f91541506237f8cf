// Monaco for the Script editor: the editor core, its editing features and JavaScript only
// (tokenizer + TypeScript language service for completion, hover and syntax diagnostics), not the
// ~80 other languages of the full bundle. Bundled by Vite with its workers (never a CDN); this module is only
// reached through the lazily loaded Script editor chunk.
import * as monaco from 'monaco-editor/editor/editor.api';
// Every editor contribution: Monaco's TypeScript mode imports them all anyway (through its
// worker helper), and they must be registered before the first editor is created, or the late
// ones fail with "depends on UNKNOWN service".
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/features/register.all';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/languages/definitions/javascript/register';
import { javascriptDefaults } from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from './cpiTs.worker?worker';
import { MESSAGE_API_TYPINGS } from '../../../core/script/messageApiTypings';

self.MonacoEnvironment = {
  getWorker(_workerId, label) {
    return label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker();
  },
};

// Scripts run in the sandbox, not a page: ES2020 without DOM, so completion offers no `window`
// or `document`, and `console` comes from the Message API typings.
javascriptDefaults.setCompilerOptions({
  allowJs: true,
  allowNonTsExtensions: true,
  target: 99, // ScriptTarget.Latest
  lib: ['es2020'],
  noLib: false,
});
javascriptDefaults.setDiagnosticsOptions({ noSemanticValidation: true, noSyntaxValidation: false });
javascriptDefaults.addExtraLib(MESSAGE_API_TYPINGS, 'ts:cpi/message-api.d.ts');

export { monaco };
