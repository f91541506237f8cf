import { describe, expect, it } from 'vitest';
import { prepareScript } from './prepareScript';
import { body, runOn } from './testing';

const COUNTER = `var topLevel = 0;
function processData(message) {
  topLevel = topLevel + 1;
  if (typeof undeclared === "undefined") undeclared = 0;
  undeclared = undeclared + 1;
  importClass(java.util.HashMap);
  message.setBody(topLevel + "/" + undeclared + "/" + (typeof HashMap));
  return message;
}`;

describe('isolation between messages of one script', () => {
  it('runScript: state from one run never reaches the next', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await runOn(COUNTER);
      expect(r.message.body).toBe('1/1/function');
    }
    // importClass(java.util.HashMap) was undone: the next script does not see it.
    const r = await runOn(body('message.setBody(typeof String("x") + "/" + typeof HashMap);'));
    expect(r.message.body).toBe('string/undefined');
  });

  it('prepareScript: compiled once, every message starts fresh', async () => {
    const compiled = await prepareScript({ source: COUNTER });
    if ('error' in compiled) throw new Error(compiled.error.message);
    for (let i = 0; i < 5; i++) {
      expect(compiled.run({ body: '', headers: {}, properties: {} }).message.body).toBe(
        '1/1/function',
      );
    }
    compiled.dispose();
  });

  it('a script that pollutes built-in prototypes gets a fresh context next time', async () => {
    const src =
      body(`var before = typeof ({}).mark; Object.prototype.mark = 1; Array.prototype.tag = 2;
  message.setBody(before + "/" + typeof [].tag);`);
    const compiled = await prepareScript({ source: src });
    if ('error' in compiled) throw new Error(compiled.error.message);
    for (let i = 0; i < 3; i++) {
      expect(compiled.run({ body: '', headers: {}, properties: {} }).message.body).toBe(
        'undefined/number',
      );
    }
    compiled.dispose();
  });

  it('messages and logs do not leak between runs', async () => {
    const src = body(`console.log("seen " + message.getHeaders().size());
  messageLogFactory.getMessageLog(message).setStringProperty("p" + message.getBody(), "v");`);
    const a = await runOn(src, { body: 'A', headers: { x: '1' } });
    const b = await runOn(src, { body: 'B' });
    expect(a.logs).toEqual([{ level: 'log', text: 'seen 1' }]);
    expect(b.logs).toEqual([{ level: 'log', text: 'seen 0' }]);
    expect(b.messageLog.properties).toEqual({ pB: 'v' });
  });

  it('console lines and the message log of a failed or interrupted message never reach the next', async () => {
    const logThenThrow =
      body(`console.log("first"); messageLogFactory.getMessageLog(message).setStringProperty("a", "1");
  throw new Error("boom");`);
    const logThenLoop =
      body(`console.log("second"); messageLogFactory.getMessageLog(message).setStringProperty("b", "2");
  while (true) {}`);
    const quiet = body('message.setBody("quiet");');
    const thrown = await runOn(logThenThrow);
    expect(thrown.error?.message).toBe('boom');
    expect(thrown.logs).toEqual([{ level: 'log', text: 'first' }]);
    const clean = await runOn(quiet);
    expect(clean.logs).toEqual([]);
    expect(clean.messageLog.properties).toEqual({});
    const looped = await runOn(logThenLoop, {}, { timeMs: 50 });
    expect(looped.error?.type).toBe('TimeoutError');
    const after = await runOn(quiet);
    expect(after.message.body).toBe('quiet');
    expect(after.logs).toEqual([]);
    expect(after.messageLog.properties).toEqual({});
    expect(after.messageLog.attachments).toEqual([]);
  });

  it('untouched headers and properties come back as fresh copies of their JSON', async () => {
    const headers = { a: 'x', n: 1, ok: true, none: null };
    const properties = { when: new Date(0), nan: NaN, gone: undefined, nested: { k: [1] } };
    const r = await runOn(body('message.setBody("b");'), { headers, properties });
    expect(r.message.headers).toEqual(headers);
    expect(r.message.headers).not.toBe(headers);
    expect(r.message.properties).toEqual({
      when: '1970-01-01T00:00:00.000Z',
      nan: null,
      nested: { k: [1] },
    });
    const hostile = JSON.parse('{"__proto__": {"polluted": 1}, "x": "y"}') as Record<
      string,
      unknown
    >;
    const h = await runOn(body('message.setBody("c");'), { headers: hostile });
    expect(Object.getPrototypeOf(h.message.headers)).toBe(Object.prototype);
    expect(Object.keys(h.message.headers)).toEqual(['__proto__', 'x']);
  });
});
