// Public face of the script sandbox (runs the same in Node and in the browser worker).
export { runScript, clearScriptCache } from './runScript';
export { prepareScript, type CompiledScript } from './prepareScript';
export { withCpiDefaults } from './withCpiDefaults';
export { errorWhere } from './scriptError';
export { configureScriptEngine, discardScriptEngine } from './engine';
export { DEFAULT_TIME_MS, DEFAULT_MEMORY_BYTES, MAX_STACK_BYTES } from './limits';
