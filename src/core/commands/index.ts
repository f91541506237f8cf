export * from './types';
export { applyCommand, commands } from './applyCommand';
export { copySelection, isClipboardEmpty } from './clipboard';
export { DUPLICATE_OFFSET } from './elementsPaste';
export { MIN_POOL_SIZE } from './processCommands';
export { MIN_CONTAINER_SIZE, containerMinSize } from './stepResize';
export { FIT_MARGIN, growToFit } from './growToFit';
export { stepsUsingScript, scriptFields, scriptNameError } from './scriptCommands';
