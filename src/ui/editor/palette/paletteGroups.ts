import type { PaletteGroup, StepTypeDef } from '../../../core';

export interface PaletteSection {
  group: PaletteGroup;
  /** Sub-headings inside a group (Steps: Transformation, Routing, …); '' = no heading. */
  categories: { category: string; items: StepTypeDef[] }[];
}

const GROUP_ORDER: PaletteGroup[] = ['Participants', 'Events', 'Steps'];

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Every query word must start a word of the label, category or description ("end" ≠ "sends"). */
function matches(def: StepTypeDef, query: string): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return true;
  const hay = words(`${def.label} ${def.category ?? ''} ${def.description}`);
  return wanted.every((w) => hay.some((h) => h.startsWith(w)));
}

/**
 * The palette as CPI lays it out: Participants, Events, Steps (with categories), in registry
 * order, filtered by a search query.
 * Empty groups are left out.
 */
export function paletteSections(types: readonly StepTypeDef[], query = ''): PaletteSection[] {
  const sections: PaletteSection[] = [];
  for (const group of GROUP_ORDER) {
    const items = types.filter((d) => d.group === group && !d.readOnly && matches(d, query.trim()));
    if (items.length === 0) continue;
    const categories: PaletteSection['categories'] = [];
    for (const def of items) {
      const category = def.category ?? '';
      let bucket = categories.find((c) => c.category === category);
      if (!bucket) categories.push((bucket = { category, items: [] }));
      bucket.items.push(def);
    }
    sections.push({ group, categories });
  }
  return sections;
}
