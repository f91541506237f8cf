import { beforeAll, describe, expect, it } from 'vitest';
import { installCollections, JavaMap } from './collections';
import { installJavaLang, JavaExceptions, type JavaLang } from './javaLang';
import { installJavaString, JavaString } from './javaString';
import {
  errorData,
  installMessageApi,
  Message,
  messageLogFactory,
  plainMessage,
  resetRun,
  run,
  sandboxConsole,
} from './messageApi';

const describeValue = (v: unknown): string => String(v);
const toPlain = (v: unknown): unknown =>
  v instanceof JavaString ? String(v) : v instanceof JavaMap ? v.__plain(0) : v;

describe('CPI Message API shim', () => {
  let lang: JavaLang;
  beforeAll(() => {
    lang = installJavaLang({
      str: String,
      jstr: (s) => s,
      describe: describeValue,
      classFor: () => null,
      refusal: (api) => new Error(api),
    });
    installJavaString({ describe: describeValue, collectionItems: () => null });
    installCollections({ describe: describeValue, toPlain, plainArray: (a) => a.slice() });
    installMessageApi({
      lang,
      describe: describeValue,
      toPlain,
      isMapClass: (t) => t === JavaMap,
      missingClass: (t) => (t === 'missing' ? 'java.sql.Connection' : undefined),
      classNotAvailable: (path) => new Error(`Class ${path} is not available`),
    });
  });

  const meta = (h: object, p: object = {}): string => `S${JSON.stringify({ h, p })}`;

  it('hands the body out as a Java string, or as the Java type asked for', () => {
    const m = new Message('42', meta({}));
    expect(m.getBody()).toBeInstanceOf(JavaString);
    expect(m.getBody(lang.Integer)).toBe(42);
    expect(m.getBody(lang.Double)).toBe(42);
    expect(m.getBodySize()).toBe(2);
    expect(() => new Message('x', meta({})).getBody(lang.Integer)).toThrow(
      'java.lang.NumberFormatException: For input string: "x"',
    );
    const map = new Message('{"a":1}', meta({})).getBody(JavaMap);
    expect(map).toBeInstanceOf(JavaMap);
    expect(() => m.getBody('missing')).toThrow('Class java.sql.Connection is not available');
  });

  it('reads headers case-insensitively and leaves untouched ones out of the reply', () => {
    const m = new Message('b', meta({ 'Content-Type': 'text/plain' }, { p: 1 }));
    expect(plainMessage(m)).toEqual({ body: 'b', headers: undefined, properties: undefined });
    expect(String(m.getHeader('content-type', JavaString))).toBe('text/plain');
    m.setHeader('X-New', 'v');
    expect(plainMessage(m)).toEqual({
      body: 'b',
      headers: { 'Content-Type': 'text/plain', 'X-New': 'v' },
      properties: undefined,
    });
    m.getProperties();
    expect(plainMessage(m).properties).toEqual({ p: 1 });
    m.setProperty('p', null);
    expect(plainMessage(m).properties).toEqual({});
  });

  it('refuses bodies that are not data, naming what was passed', () => {
    const m = new Message('b', meta({}));
    expect(() => m.setBody(new Map())).toThrow('setBody: a Map cannot be a message body');
    expect(() => m.setBody(() => 1)).toThrow('setBody: a function cannot be a message body');
    m.setBody({ ok: true });
    expect(plainMessage(m).body).toEqual({ ok: true });
  });

  it('keeps console lines and the message log of one message until reset', () => {
    resetRun();
    sandboxConsole.log('a', 1);
    const log = messageLogFactory.getMessageLog() as unknown as Record<
      string,
      (...a: unknown[]) => void
    >;
    log.setStringProperty!('k', 'v');
    log.addAttachmentAsString!('att', 'content', 'text/xml');
    expect(run.logs).toEqual([{ level: 'log', text: 'a 1' }]);
    expect(run.log?.properties).toEqual({ k: 'v' });
    expect(run.log?.attachments).toEqual([{ name: 'att', type: 'text/xml', content: 'content' }]);
    resetRun();
    expect([run.logs, run.log]).toEqual([[], null]);
  });

  it('describes what a script threw, with the Java type of a Java exception', () => {
    const E = JavaExceptions.IllegalStateException!;
    expect(errorData(new E('bad')).type).toBe('java.lang.IllegalStateException');
    expect(errorData(new TypeError('t'))).toMatchObject({ type: 'TypeError', message: 't' });
    expect(errorData('plain')).toEqual({ type: 'Error', message: 'plain', stack: '' });
  });
});
