// Per-message cost of the Hello World script: in the QuickJS sandbox (compiled once, 10,000
// messages, in Node) and the same function called directly in V8. `npm run bench` reports it.
import { pathToFileURL } from 'node:url';
import { prepareScript } from '../src/core/script/prepareScript';
import type { Message } from '../src/core/model/message';

const HELLO = `function processData(message) {
  var body = message.getBody();
  message.setBody("Hello world from IFlow");
  return message;
}`;
const MESSAGES = 10_000;

function sample(i: number): Message {
  return { body: `request ${i}`, headers: { 'Content-Type': 'text/plain' }, properties: {} };
}

// The same script as plain V8 code (compiled once), over a minimal message object.
const processData = new Function(`${HELLO}\nreturn processData;`)() as (m: V8Message) => V8Message;
interface V8Message {
  body: unknown;
  getBody(): unknown;
  setBody(b: unknown): void;
}

function v8Run(message: Message): Message {
  const m: V8Message = {
    body: message.body,
    getBody() {
      return this.body;
    },
    setBody(b: unknown) {
      this.body = b;
    },
  };
  const out = processData(m);
  return { body: out.body, headers: { ...message.headers }, properties: { ...message.properties } };
}

export async function benchSandbox(): Promise<{
  sandboxUsPerMsg: number;
  v8UsPerMsg: number;
  ratio: number;
}> {
  const compiled = await prepareScript({ source: HELLO });
  if ('error' in compiled) throw new Error(compiled.error.message);
  const inputs = Array.from({ length: MESSAGES }, (_, i) => sample(i));
  for (let i = 0; i < 2000; i++) compiled.run(inputs[i % MESSAGES] as Message); // warm-up (JIT, wasm tier-up)
  let t = performance.now();
  for (const m of inputs) {
    const r = compiled.run(m);
    if (r.message.body !== 'Hello world from IFlow') throw new Error('unexpected sandbox result');
  }
  const sandboxUsPerMsg = ((performance.now() - t) * 1000) / MESSAGES;
  compiled.dispose();

  for (let i = 0; i < 2000; i++) v8Run(inputs[i % MESSAGES] as Message);
  t = performance.now();
  for (const m of inputs) {
    if (v8Run(m).body !== 'Hello world from IFlow') throw new Error('unexpected V8 result');
  }
  const v8UsPerMsg = ((performance.now() - t) * 1000) / MESSAGES;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    sandboxUsPerMsg: round(sandboxUsPerMsg),
    v8UsPerMsg: round(v8UsPerMsg),
    ratio: round(sandboxUsPerMsg / v8UsPerMsg),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchSandbox();
  console.log(`Hello World script, ${MESSAGES} messages, compiled once:`);
  console.log(`  sandbox (QuickJS): ${r.sandboxUsPerMsg} µs/message (target ≤ 40)`);
  console.log(`  direct V8:         ${r.v8UsPerMsg} µs/message`);
  console.log(`  ratio:             ${r.ratio}×`);
}
