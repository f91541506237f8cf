import type { CamelAdapterCodec, CamelStepCodec } from './camelCodec';
import type { CpiAdapterCodec, CpiStepCodec } from './cpiCodec';
import { lazyModule } from './lazyModule';

/** A step type's parts of the CPI and Camel codecs. */
export interface StepCodecs<C> {
  cpi?: CpiStepCodec<C>;
  camel?: CamelStepCodec<C>;
}

/** An adapter type's parts of the CPI and Camel codecs. */
export interface AdapterCodecs<C> {
  cpi?: CpiAdapterCodec<C>;
  camel?: CamelAdapterCodec<C>;
}

/**
 * A type's codecs, loaded on first use: only CPI import/export, the Camel export and the CLI
 * need them, so they stay out of the first screen's chunk (registry/codecs.ts loads them all).
 */
export interface LazyCodecs<T> {
  /** Loads them once (a failed load is retried on the next call). */
  readonly load: () => Promise<T>;
  /** The codecs once loaded, undefined before. */
  readonly loaded: () => T | undefined;
}

/**
 * `codecs: lazyCodecs(async () => (await import('./codecs')).codecs)` in a step folder's
 * index.ts: the codec modules become a chunk of their own, and the type's config type C still
 * flows into their read and write (the definition's `codecs` is `LazyCodecs<StepCodecs<C>>`).
 */
export function lazyCodecs<T>(load: () => Promise<T>): LazyCodecs<T> {
  let value: T | undefined;
  return {
    load: lazyModule(async () => (value = await load())),
    loaded: () => value,
  };
}
