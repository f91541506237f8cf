import { describe, expect, it } from 'vitest';
import { elementTypes, type PaletteGroup, type StepTypeDef } from '../../../core';
import { paletteSections } from './paletteGroups';

// Fixtures, so the test does not change whenever a step type joins the registry.
const base = elementTypes.find((d) => d.type === 'script')!;
const def = (
  label: string,
  group: PaletteGroup,
  description: string,
  category?: string,
): StepTypeDef => ({
  ...base,
  type: label,
  label,
  group,
  description,
  ...(category ? { category } : { category: undefined }),
});
const types = [
  def('Sender', 'Participants', 'The system that sends messages to this flow'),
  def('Start Message', 'Events', 'Start message event'),
  def('End Message', 'Events', 'End message event: the process ends'),
  def('Script', 'Steps', 'JavaScript script that changes the message', 'Transformation'),
  def('Router', 'Steps', 'Routes the message', 'Routing'),
  def('Content Modifier', 'Steps', 'Sets headers and body', 'Transformation'),
];

const labels = (query?: string) =>
  paletteSections(types, query).map((s) => [
    s.group,
    s.categories.flatMap((c) => c.items.map((i) => i.label)),
  ]);

describe('paletteSections', () => {
  it('groups as CPI does: Participants, Events, Steps by category in first-seen order', () => {
    const sections = paletteSections([...types].reverse());
    expect(sections.map((s) => s.group)).toEqual(['Participants', 'Events', 'Steps']);
    expect(sections[2]!.categories.map((c) => [c.category, c.items.map((i) => i.label)])).toEqual([
      ['Transformation', ['Content Modifier', 'Script']],
      ['Routing', ['Router']],
    ]);
  });

  it('filters by word prefixes of label, category and description', () => {
    expect(labels('script')).toEqual([['Steps', ['Script']]]);
    expect(labels('  END message ')).toEqual([['Events', ['End Message']]]);
    expect(labels('transf')).toEqual([['Steps', ['Script', 'Content Modifier']]]);
    expect(labels('nothing-like-this')).toEqual([]);
  });

  it('shows every real registry type when there is no query', () => {
    const count = paletteSections(elementTypes).flatMap((s) =>
      s.categories.flatMap((c) => c.items),
    ).length;
    expect(count).toBe(elementTypes.filter((d) => !d.readOnly).length);
  });
});
