import type { Message } from '../model/message';

/** Values a copy may share: immutable, and kept by structuredClone as they are. */
const isPrimitive = (v: unknown) =>
  v === null || (typeof v !== 'object' && typeof v !== 'function' && typeof v !== 'symbol');

function allPrimitive(map: Record<string, unknown>): boolean {
  for (const k in map) if (!isPrimitive(map[k])) return false;
  return true;
}

/** Deep copy, for a message that comes from outside the engine (a run's input). */
export function cloneMessage(message: Message): Message {
  const copy = {
    body: message.body,
    headers: { ...message.headers },
    properties: { ...message.properties },
  };
  // Strings and numbers are immutable: copying the maps copies everything (a served request).
  if (isPrimitive(copy.body) && allPrimitive(copy.headers) && allPrimitive(copy.properties))
    return copy;
  try {
    return structuredClone(copy);
  } catch {
    // A value structuredClone refuses (a function from a careless runner): keep its JSON form.
    return JSON.parse(JSON.stringify(copy)) as Message;
  }
}

function frozen<T extends object>(o: T): T {
  return Object.isFrozen(o) ? o : Object.freeze(o);
}

/**
 * A message as the engine keeps it (copy on write): its header and property maps are frozen, so
 * trace entries and steps share every map a step did not change instead of copying it. An
 * executor that changes a map makes a new one (`{ ...message.headers, x }`); writing into a
 * frozen map throws, which fails the step rather than changing an earlier entry. Values inside
 * the maps are treated as immutable too (they are plain data: strings, numbers, parsed JSON).
 */
export function sealMessage(message: Message): Message {
  return {
    body: message.body,
    headers: frozen(message.headers),
    properties: frozen(message.properties),
  };
}
