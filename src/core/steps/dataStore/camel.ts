import type { CamelStepCodec } from '../../registry/camelCodec';

/** Camel has no tenant data store with CPI's entries, visibility and expiry: refused by name. */
export const dataStoreCamel = (operation: string): CamelStepCodec<unknown> => ({
  write: (_config, step, ctx) =>
    ctx.refuse(
      step,
      `Data Store ${operation} keeps entries in CPI's tenant data store, which Apache Camel does not have; replace the step (for example with a JDBC, JPA or Redis call) before exporting`,
    ),
});
