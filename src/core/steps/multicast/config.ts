import { z } from 'zod';

/**
 * Multicast. A Parallel Multicast has no settings; a Sequential Multicast keeps the order of its
 * branches (its outgoing sequence flows' ids, CPI's routing sequence table). Branches not listed
 * run after the listed ones, in the order they were drawn.
 */
export const multicastConfigSchema = z
  .object({ routeOrder: z.array(z.string().max(200)).max(1000) })
  .strict();

export type MulticastConfig = z.infer<typeof multicastConfigSchema>;

export type MulticastKind = 'Multicast' | 'SequentialMulticast';
