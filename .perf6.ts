import { newQuickJSWASMModuleFromVariant } from 'quickjs-emscripten-core';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import { PRELUDE_JS } from './src/core/script/prelude';
const mod = await newQuickJSWASMModuleFromVariant(variant);
const rt = mod.newRuntime();
const ctx = rt.newContext();
const harness = `return function bench(N) {
  var out = {}, o = {}, a = [];
  function time(name, f) { var t = Date.now(); for (var i = 0; i < N; i++) f(); out[name] = (Date.now() - t) * 1000 / N; }
  time('empty', function(){ });
  time('keysG', function(){ keysOf(G); });
  time('forinG', function(){ for (var k in G) return 1; });
  time('forinObj', function(){ for (var k in o) return 1; });
  time('forinArr', function(){ for (var k in a) return 1; });
  time('forinStr', function(){ for (var k in '') return 1; });
  time('keysOP', function(){ keysOf(Object.prototype); });
  time('ovr', function(){ for (var j = 0; j < overridable.length; j++) { var k = overridable[j]; if (G[k] !== originals[k]) throw 1; } });
  time('jsmap', function(){ new JsMap(); });
  time('stringifySmall', function(){ jsonStringify({ok:true, message:{body:'Hello world', headers:{}, properties:{}}}); });
  return JSON.stringify(out);
};`;
const src = PRELUDE_JS.replace('return function runMessage', harness + '\nvar _unused = function runMessage');
const fn = ctx.unwrapResult(ctx.evalCode(src, 'p.js'));
for (let k = 0; k < 3; k++) {
  const n = ctx.newNumber(20000);
  const r = ctx.unwrapResult(ctx.callFunction(fn, ctx.undefined, n));
  console.log(ctx.getString(r)); r.dispose();
}
