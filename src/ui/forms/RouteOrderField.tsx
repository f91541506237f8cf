import { useLayoutEffect, useRef, useState } from 'react';
import type { FieldSpec, SequenceFlow } from '../../core';
import { move } from './TableField';

type RouteOrderSpec = Extract<FieldSpec, { kind: 'routeOrder' }>;

/** One outgoing link of the step, in the order it is taken, with the name of its target. */
export interface RouteEntry {
  link: SequenceFlow;
  target: string;
}

interface Props {
  field: RouteOrderSpec;
  id: string;
  /** The step's outgoing links in the order they are taken now. */
  routes: readonly RouteEntry[];
  onChange: (value: unknown) => void;
}

const nameOf = (r: RouteEntry, i: number) => r.link.name || `Route ${i + 1}`;

/**
 * The order a Router tries its routes in (or a Sequential Multicast runs its branches): one row
 * per outgoing link with Move up / Move down. A move writes the whole order (`routeOrder`), so
 * it no longer depends on the order the links were drawn in. The focus stays on the moved row.
 */
export function RouteOrderField({ field, id, routes, onChange }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<{ link: string; dir: 'up' | 'down' } | null>(null);
  useLayoutEffect(() => {
    if (!focus) return;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>(
      `button[data-link="${CSS.escape(focus.link)}"]`,
    );
    const enabled = [...(buttons ?? [])].filter((b) => !b.disabled);
    (enabled.find((b) => b.dataset.dir === focus.dir) ?? enabled[0])?.focus();
    setFocus(null);
  }, [focus, routes]);
  if (routes.length === 0) {
    return (
      <p className="ifs-muted" id={id}>
        No outgoing links yet: connect this step to the next steps first.
      </p>
    );
  }
  const shift = (i: number, dir: 'up' | 'down') => {
    const to = dir === 'up' ? i - 1 : i + 1;
    const link = routes[i]?.link.id;
    if (!link || to < 0 || to >= routes.length) return;
    onChange(move(routes, i, to).map((r) => r.link.id));
    setFocus({ link, dir });
  };
  return (
    <div className="ifs-table" id={id} role="group" aria-labelledby={`${id}-label`} ref={list}>
      <table>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Name</th>
            <th scope="col">Goes to</th>
            {field.describe && <th scope="col">Condition</th>}
            <th scope="col">
              <span className="ifs-sr-only">Move</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {routes.map((r, i) => (
            <tr key={r.link.id}>
              <td>{i + 1}</td>
              <th scope="row">{nameOf(r, i)}</th>
              <td>{r.target}</td>
              {field.describe && (
                <td>
                  <code>{field.describe(r.link.config ?? {})}</code>
                </td>
              )}
              <td className="ifs-table__actions">
                {(['up', 'down'] as const).map((dir) => (
                  <button
                    key={dir}
                    type="button"
                    className="ifs-icon-btn"
                    data-link={r.link.id}
                    data-dir={dir}
                    aria-label={`Move ${nameOf(r, i)} ${dir}`}
                    title={dir === 'up' ? 'Move up' : 'Move down'}
                    disabled={dir === 'up' ? i === 0 : i === routes.length - 1}
                    onClick={() => shift(i, dir)}
                  >
                    {dir === 'up' ? '↑' : '↓'}
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
