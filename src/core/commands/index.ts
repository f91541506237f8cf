export * from './types';
export { applyCommand, commands } from './applyCommand';
export { copySelection, isClipboardEmpty } from './clipboard';
export { DUPLICATE_OFFSET } from './elementsPaste';
export { MIN_POOL_SIZE } from './processCommands';
export { stepsUsingScript, scriptFields, scriptNameError } from './scriptCommands';
