import { newQuickJSWASMModuleFromVariant } from 'quickjs-emscripten-core';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import { PRELUDE_JS } from './src/core/script/prelude';
const mod = await newQuickJSWASMModuleFromVariant(variant);
const rt = mod.newRuntime();
const ctx = rt.newContext();
const harness = `return function bench(N) {
  var json = '{"body":"","headers":{},"properties":{}}', out = {}, t, i, m;
  function time(name, f) { var t = Date.now(); for (var i = 0; i < N; i++) f(); out[name] = (Date.now() - t) * 1000 / N; }
  time('parse', function(){ jsonParse(json); });
  time('message', function(){ m = new Message(jsonParse(json)); });
  time('getBody', function(){ m.getBody(); });
  time('setBody', function(){ m.setBody('Hello'); });
  time('plain', function(){ plainMessage(m); });
  time('reset', function(){ resetGlobals(); });
  time('dirty', function(){ isDirty(); });
  time('logsetup', function(){ run.logs = []; run.logSize = 0; run.truncated = false; run.log = { properties: {}, attachments: [], customHeaderProperties: [] }; });
  time('stringify', function(){ jsonStringify({ok:true, message: plainMessage(m), logs: run.logs, messageLog: run.log, dirty:false}); });
  return JSON.stringify(out);
};`;
const src = PRELUDE_JS.replace('return function runMessage', harness + '\nvar _unused = function runMessage');
const fn = ctx.unwrapResult(ctx.evalCode(src, 'p.js'));
for (let k = 0; k < 3; k++) {
  const n = ctx.newNumber(20000);
  const r = ctx.unwrapResult(ctx.callFunction(fn, ctx.undefined, n));
  console.log(ctx.getString(r)); r.dispose();
}
