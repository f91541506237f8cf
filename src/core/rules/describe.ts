import type { StepTypeDef } from '../registry/types';

/**
 * User-facing noun for a step type: events read as "Start event", "Error End event",
 * tasks as "Script step". Derived from the registry so new types need no edit here.
 */
export function typeNoun(def: StepTypeDef): string {
  if (def.shape === 'startEvent' || def.shape === 'endEvent') {
    return `${def.label.replace(/ Message$/, '')} event`;
  }
  if (def.group === 'Participants') return def.label;
  return `${def.label} step`;
}

/** "A Start event", "An End event"; lower case ("a", "an") mid-sentence. */
export function withArticle(noun: string, midSentence = false): string {
  const article = /^[AEIOU]/i.test(noun) ? 'An' : 'A';
  return `${midSentence ? article.toLowerCase() : article} ${noun}`;
}
