import { newQuickJSWASMModuleFromVariant } from 'quickjs-emscripten-core';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import { prepareScript } from './src/core/script/prepareScript';
const mod = await newQuickJSWASMModuleFromVariant(variant);
const rt = mod.newRuntime();
const ctx = rt.newContext();
const run = ctx.unwrapResult(ctx.evalCode(`(function(f, json){ var m = JSON.parse(json); var msg = { body: m.body, getBody: function(){return this.body}, setBody: function(b){this.body=b}, headers: m.headers, properties: m.properties};
  var fn = f(); var r = fn(msg); return JSON.stringify({message:{body:r.body,headers:r.headers,properties:r.properties},logs:[]}); })`, 'p.js'));
const fac = ctx.unwrapResult(ctx.evalCode(`(function(){function processData(message) { var body = message.getBody(); message.setBody("Hello world from IFlow"); return message; }
;return processData})`, 'user.js'));
const hello = `function processData(message) {\n  var body = message.getBody();\n  message.setBody("Hello world from IFlow");\n  return message;\n}`;
const c = await prepareScript({ source: hello });
if ('error' in c) throw 0;
const msg = { body: '', headers: {}, properties: {} };
const N = 10000;
for (let k = 0; k < 4; k++) {
  let t = performance.now();
  for (let i = 0; i < N; i++) {
    const s = ctx.newString(JSON.stringify(msg));
    const v = ctx.unwrapResult(ctx.callFunction(run, ctx.undefined, fac, s));
    s.dispose(); JSON.parse(ctx.getString(v)); v.dispose();
  }
  const base = ((performance.now() - t) * 1000) / N;
  t = performance.now();
  for (let i = 0; i < N; i++) c.run(msg);
  const mine = ((performance.now() - t) * 1000) / N;
  console.log('baseline', base.toFixed(1), 'mine', mine.toFixed(1));
}
