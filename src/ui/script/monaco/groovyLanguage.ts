import { documentWords, groovyCompletions } from '../../../core/groovy/completions';
import type { monaco as Monaco } from './setupMonaco';

/** Monaco has no Groovy: a Monarch tokenizer for its keywords, strings, GStrings and comments. */
export function registerGroovy(monaco: typeof Monaco): void {
  if (monaco.languages.getLanguages().some((l) => l.id === 'groovy')) return;
  monaco.languages.register({ id: 'groovy', extensions: ['.groovy', '.gsh'], aliases: ['Groovy'] });
  monaco.languages.setMonarchTokensProvider('groovy', {
    keywords: [
      'abstract',
      'as',
      'assert',
      'boolean',
      'break',
      'byte',
      'case',
      'catch',
      'char',
      'class',
      'continue',
      'def',
      'default',
      'do',
      'double',
      'else',
      'enum',
      'extends',
      'false',
      'final',
      'finally',
      'float',
      'for',
      'if',
      'implements',
      'import',
      'in',
      'instanceof',
      'int',
      'interface',
      'long',
      'new',
      'null',
      'package',
      'private',
      'protected',
      'public',
      'return',
      'short',
      'static',
      'super',
      'switch',
      'this',
      'throw',
      'throws',
      'trait',
      'true',
      'try',
      'var',
      'void',
      'while',
    ],
    tokenizer: {
      root: [
        [/[a-zA-Z_$][\w$]*/, { cases: { '@keywords': 'keyword', '@default': 'identifier' } }],
        [/\/\*/, 'comment', '@comment'],
        [/\/\/.*$/, 'comment'],
        [/"""/, 'string', '@tripleDouble'],
        [/'''/, 'string', '@tripleSingle'],
        [/"/, 'string', '@double'],
        [/'/, 'string', '@single'],
        [/\d+(\.\d+)?[gGlLdDfF]?/, 'number'],
        [/@\w+/, 'annotation'],
        [/[{}()[\]]/, '@brackets'],
      ],
      comment: [
        [/\*\//, 'comment', '@pop'],
        [/./, 'comment'],
      ],
      double: [
        [/\$\{[^}]*\}|\$[\w.]+/, 'variable'],
        [/\\./, 'string.escape'],
        [/"/, 'string', '@pop'],
        [/[^"\\$]+/, 'string'],
        [/./, 'string'],
      ],
      single: [
        [/\\./, 'string.escape'],
        [/'/, 'string', '@pop'],
        [/[^'\\]+/, 'string'],
      ],
      tripleDouble: [
        [/"""/, 'string', '@pop'],
        [/\$\{[^}]*\}/, 'variable'],
        [/./, 'string'],
      ],
      tripleSingle: [
        [/'''/, 'string', '@pop'],
        [/./, 'string'],
      ],
    },
  });
  monaco.languages.registerCompletionItemProvider('groovy', {
    triggerCharacters: ['.'],
    provideCompletionItems(model, position) {
      const prefix = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const word = model.getWordUntilPosition(position);
      const range = {
        startLineNumber: position.lineNumber,
        endLineNumber: position.lineNumber,
        startColumn: word.startColumn,
        endColumn: word.endColumn,
      };
      const K = monaco.languages.CompletionItemKind;
      const kinds = { method: K.Method, class: K.Class, keyword: K.Keyword, snippet: K.Snippet };
      // In the order given: the Message API before the GDK.
      const api = groovyCompletions(prefix).map((c, i) => ({
        label: c.label,
        sortText: `1${String(i).padStart(3, '0')}`,
        kind: kinds[c.kind],
        detail: c.detail,
        insertText: c.insert,
        insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
        range,
      }));
      // The script's own names (variables, parameters, methods), as Monaco offers a document's
      // words: the name being typed comes first when the script already has it, so Enter after
      // "return message" keeps "message" instead of taking an API entry.
      const own = documentWords(model.getValue(), word.word).map((w) => ({
        label: w,
        sortText: w === word.word ? '0000' : `2${w}`,
        kind: K.Variable,
        insertText: w,
        range,
      }));
      return { suggestions: [...own, ...api] };
    },
  });
}
