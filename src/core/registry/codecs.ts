import { adapterTypes, getAdapterType } from '../adapters';
import type { AdapterCodecs, LazyCodecs, StepCodecs } from './lazyCodecs';
import { lazyModule } from './lazyModule';
import { elementTypes, getStepType } from './registry';

/**
 * Loads every registered step and adapter type's codecs, in parallel, once. CPI import and
 * export, the Camel export and the CLI await it before they read a type's codecs.
 */
export const loadCodecs: () => Promise<void> = lazyModule(async () => {
  await Promise.all([...elementTypes, ...adapterTypes].map((def) => def.codecs?.load()));
});

function loadedCodecs<T>(kind: string, type: string, codecs: LazyCodecs<T> | undefined) {
  if (!codecs) return undefined;
  const loaded = codecs.loaded();
  if (!loaded)
    throw new Error(
      `The codecs of ${kind} type "${type}" are not loaded: await loadCodecs() before reading or writing CPI or Camel content`,
    );
  return loaded;
}

/**
 * A step type's codecs (none for an unknown type or one without codecs). Throws "not loaded"
 * before `loadCodecs()` has finished.
 */
export function stepCodecs(type: string): StepCodecs<Record<string, unknown>> {
  return loadedCodecs('step', type, getStepType(type)?.codecs) ?? {};
}

/** An adapter type's codecs, the same way. */
export function adapterCodecs(type: string): AdapterCodecs<Record<string, unknown>> {
  return loadedCodecs('adapter', type, getAdapterType(type)?.codecs) ?? {};
}
