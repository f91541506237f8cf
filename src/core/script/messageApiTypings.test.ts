import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { MESSAGE_API_METHODS, MESSAGE_API_TYPINGS } from './messageApiTypings';

/** Type-checks a JS script against the typings the way Monaco's worker does (lib es2020, no DOM). */
function check(script: string) {
  const files: Record<string, string> = { 'api.d.ts': MESSAGE_API_TYPINGS, 'script.js': script };
  const options: ts.CompilerOptions = {
    allowJs: true,
    checkJs: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2020,
    lib: ['lib.es2020.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => files[name] ?? read(name);
  host.fileExists = (name) => name in files || ts.sys.fileExists(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) =>
    name in files
      ? ts.createSourceFile(name, files[name] ?? '', version)
      : getSourceFile(name, version);
  const program = ts.createProgram(Object.keys(files), options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('MESSAGE_API_TYPINGS', () => {
  it('describes every Message API method with documentation', () => {
    const messageBlock = MESSAGE_API_TYPINGS.slice(
      MESSAGE_API_TYPINGS.indexOf('interface Message {'),
    );
    for (const method of MESSAGE_API_METHODS) {
      expect(messageBlock).toMatch(new RegExp(`\\*/\\s*${method}\\(`));
    }
  });

  it('describes the Java map, message log, imports and Java names', () => {
    for (const name of ['containsKey(', 'keySet(', 'entrySet(', 'isEmpty(', 'put(', 'remove(']) {
      expect(MESSAGE_API_TYPINGS).toContain(name);
    }
    for (const name of [
      'getMessageLog(message: Message)',
      'setStringProperty(',
      'addAttachmentAsString(',
      'addCustomHeaderProperty(',
      'declare function importClass(',
      'declare function importPackage(',
      'declare var Packages',
      'declare namespace java',
      'class SimpleDateFormat',
      'declare var console',
    ]) {
      expect(MESSAGE_API_TYPINGS).toContain(name);
    }
  });

  it('type-checks a realistic CPI script without errors', () => {
    const errors = check(`
importClass(java.util.HashMap);
/** @param {Message} message */
function processData(message) {
  var body = message.getBody(java.lang.String);
  var headers = message.getHeaders();
  var id = headers.get("id");
  if (!headers.containsKey("x")) message.setHeader("x", id);
  message.setProperty("size", headers.size());
  var log = messageLogFactory.getMessageLog(message);
  if (log) { log.setStringProperty("a", "b"); log.addAttachmentAsString("p", body, "text/plain"); }
  var map = new java.util.HashMap();
  map.put("k", 1);
  message.setProperties(map);
  console.log(new java.text.SimpleDateFormat("yyyy").format(new java.util.Date()));
  return message;
}`);
    expect(errors).toEqual([]);
  });

  it('flags a misspelt Message method, so completion would offer the real ones', () => {
    const errors = check('/** @param {Message} m */ function f(m) { m.getBodyy(); }');
    expect(errors.join('\n')).toMatch(/getBodyy/);
  });
});
