import { memo, useCallback, useId, useMemo, useState, type DragEvent } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { elementTypes, type StepTypeDef } from '../../../core';
import {
  addElementAt,
  insertable,
  PALETTE_INSERTABLE_MIME,
  PALETTE_MIME,
} from '../canvas/addElement';
import { NodeIcon } from '../canvas/nodes/NodeIcon';
import { paletteSections } from './paletteGroups';
import './palette.css';

const PaletteItem = memo(function PaletteItem({
  def,
  onAdd,
}: {
  def: StepTypeDef;
  onAdd: (type: string) => void;
}) {
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(PALETTE_MIME, def.type);
    if (insertable(def.type)) e.dataTransfer.setData(PALETTE_INSERTABLE_MIME, '1');
    e.dataTransfer.setData('text/plain', def.label);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li>
      <button
        type="button"
        className={`ifs-palette__item ifs-palette__item--${def.shape}`}
        draggable
        onDragStart={onDragStart}
        onClick={() => onAdd(def.type)}
        title={`${def.description}. Drag onto the canvas, or press Enter to add it in the middle of the view.`}
      >
        <NodeIcon path={def.icon} size={16} />
        <span>{def.label}</span>
      </button>
    </li>
  );
});

/**
 * The palette: CPI's groups with a search box. Items are buttons: drag one onto the canvas,
 * or activate it (Enter, Space, click) to add it in the middle of the visible canvas.
 */
export function Palette() {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const sections = useMemo(() => paletteSections(elementTypes, query), [query]);
  const { screenToFlowPosition } = useReactFlow();
  const store = useStoreApi();

  const addAtCentre = useCallback(
    (type: string) => {
      const rect = store.getState().domNode?.getBoundingClientRect();
      if (!rect) return;
      const point = screenToFlowPosition({
        x: rect.left + rect.width / 2,
        y: rect.top + rect.height / 2,
      });
      addElementAt(type, point, { avoidOverlap: true });
    },
    [screenToFlowPosition, store],
  );

  return (
    <nav className="ifs-palette" aria-label="Palette">
      <label className="ifs-sr-only" htmlFor={searchId}>
        Search palette
      </label>
      <input
        id={searchId}
        className="ifs-palette__search"
        type="search"
        placeholder="Search palette"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {sections.length === 0 && <p className="ifs-palette__empty">No element matches “{query}”.</p>}
      {sections.map((section) => (
        <section key={section.group} className="ifs-palette__group" aria-label={section.group}>
          <h3 className="ifs-palette__heading">{section.group}</h3>
          {section.categories.map(({ category, items }) => (
            <div key={category || '-'}>
              {category && <h4 className="ifs-palette__category">{category}</h4>}
              <ul className="ifs-palette__list">
                {items.map((def) => (
                  <PaletteItem key={def.type} def={def} onAdd={addAtCentre} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </nav>
  );
}
