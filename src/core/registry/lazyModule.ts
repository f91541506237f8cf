/**
 * A module loaded on first use and kept: `import()` itself is not free on every call (a module
 * map lookup and a promise, and a round trip to the loader thread under Node's loader hooks), and
 * executors run once per step of every message. A failed load is retried on the next call.
 */
export function lazyModule<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    }));
}
