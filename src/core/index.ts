// Public entry of the pure core: used by the UI, the tests and a command-line runner.
export * from './model/flow';
export * from './model/message';
export * from './script/types';
export * from './registry/types';
export * from './registry/registry';
export * from './adapters';
export * from './commands/types';
export * from './validation/problem';
