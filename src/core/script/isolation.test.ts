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
});
