import * as z from 'zod/mini';

/** The config of a step type that has no settings (events, participants, containers). */
export type EmptyConfig = Record<string, never>;

/**
 * Its schema: an object with no keys, extra keys refused. zod infers `{}` for it, which is not
 * assignable to Record<string, never>; the cast says the same thing in the type the registry uses.
 */
export const emptyConfigSchema = z.strictObject({}) as unknown as z.ZodMiniType<EmptyConfig>;
