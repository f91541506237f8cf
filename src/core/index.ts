// Public entry of the pure core: used by the UI, the tests and a command-line runner.
export * from './model/flow';
export * from './model/message';
export * from './script/types';
export * from './registry/types';
export * from './registry/registry';
export * from './adapters';
export * from './commands/types';
export * from './validation/problem';
export * from './model/factory';
export * from './model/ids';
export * from './model/elements';
export * from './model/parameters';
export * from './model/routeOrder';
export * from './rules';
export {
  applyCommand,
  commands,
  copySelection,
  isClipboardEmpty,
  DUPLICATE_OFFSET,
  MIN_POOL_SIZE,
  MIN_CONTAINER_SIZE,
  containerMinSize,
  stepsUsingScript,
  scriptFields,
  scriptNameError,
} from './commands';
export {
  stylesheetNames,
  nextStylesheetName,
  findStylesheet,
  fileText,
} from './steps/xsltMapping/resources';
export { validateFlow, problemsFor, describeParameterUse } from './validation';
export * from './history';
export * from './layout';
export * from './engine';
export * from './expression';
export * from './io';
export * from './workspace';
export * from './tenant';
export {
  runScript,
  prepareScript,
  withCpiDefaults,
  configureScriptEngine,
  type CompiledScript,
} from './script';
export {
  importIflw,
  importCpiArchive,
  exportCpiArchive,
  exportCpiPackage,
  writeIflw,
  CpiImportError,
  ZIP_LIMITS,
  type CpiImportResult,
  type ImportReport,
  type ImportReportEntry,
} from './io/cpi';
