import * as z from 'zod/mini';

/**
 * Multicast. A Parallel Multicast has no settings; a Sequential Multicast keeps the order of its
 * branches (its outgoing sequence flows' ids, CPI's routing sequence table). Branches not listed
 * run after the listed ones, in the order they were drawn.
 */
export const multicastConfigSchema = z.strictObject({
  routeOrder: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
});

export type MulticastConfig = z.infer<typeof multicastConfigSchema>;

export type MulticastKind = 'Multicast' | 'SequentialMulticast';
