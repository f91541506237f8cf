import { attr, kids, textOf } from '../../io/cpi/xnode';
import type { CpiReadContext, CpiStepCodec } from '../../registry/cpiCodec';
import type { ContentModifierConfig, ModifierRow } from './config';

/*
 * CPI keeps Content Modifier tables as XML-escaped rows in one property:
 * <row><cell id='Action'>Create</cell><cell id='Type'>constant</cell><cell id='Value'>…</cell>
 * <cell id='Default'></cell><cell id='Name'>…</cell><cell id='Datatype'>…</cell></row>
 */

// CPI names its Local Variable and Global Variable source types "persisted variables" and
// "global persisted variables" (as in SAP's and tenants' content, Enricher 1.2 to 1.6).
const TYPE_OUT: Record<ModifierRow['sourceType'], string> = {
  Constant: 'constant',
  Header: 'header',
  Property: 'property',
  Expression: 'expression',
  XPath: 'xpath',
  LocalVariable: 'persisted variables',
  GlobalVariable: 'global persisted variables',
};
const TYPES = Object.fromEntries(
  Object.entries(TYPE_OUT).map(([ours, cpi]) => [cpi, ours as ModifierRow['sourceType']]),
);

type Cells = Record<string, string>;

/** The table's rows, or null when the property is not well-formed XML. */
function readTable(text: string, ctx: CpiReadContext): Cells[] | null {
  if (!text.trim()) return [];
  let root;
  try {
    root = ctx.parseXml(`<t>${text}</t>`);
  } catch {
    return null;
  }
  return kids(kids(root, 't')[0], 'row').map((row) => {
    const cells: Cells = {};
    for (const cell of kids(row, 'cell')) {
      const id = attr(cell, 'id');
      if (id !== undefined) cells[id] = textOf(cell);
    }
    return cells;
  });
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function writeTable(rows: ModifierRow[], kept: Cells[]): string {
  const cells = (c: Cells) =>
    `<row>${Object.entries(c)
      .map(([id, v]) => `<cell id='${id}'>${xmlText(v)}</cell>`)
      .join('')}</row>`;
  return [
    ...rows.map((r) =>
      cells({
        Action: r.action,
        Type: TYPE_OUT[r.sourceType],
        Value: r.sourceValue,
        Default: r.default,
        Name: r.name,
        Datatype: r.dataType,
      }),
    ),
    ...kept.map(cells),
  ].join('');
}

/** Content Modifier (Enricher): header and property tables, body type and body. */
export const contentModifierCpi: CpiStepCodec<ContentModifierConfig> = {
  element: 'callActivity',
  activityType: 'Enricher',
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::Enricher/version::1.5.3',
  componentVersion: '1.5',
  read: (props, ctx) => {
    const table = (key: string) => {
      const rows: ModifierRow[] = [];
      const other: Cells[] = [];
      const text = props.str(key);
      const read = readTable(text, ctx);
      if (!read) {
        // Kept as it came, written back unchanged while the step has no rows of its own.
        ctx.keep(`${key}:raw`, text);
        ctx.warn(`${key} is not well-formed XML; kept unchanged for export`);
        return rows;
      }
      for (const c of read) {
        const type = TYPES[(c.Type ?? 'constant').toLowerCase()];
        const action = c.Action === 'Delete' ? 'Delete' : 'Create';
        if (!type) {
          other.push(c);
          ctx.warn(
            `${key}: row "${c.Name ?? ''}" of type "${c.Type ?? ''}" cannot be mapped; kept for export`,
          );
          continue;
        }
        rows.push({
          action,
          name: c.Name ?? '',
          sourceType: type,
          sourceValue: c.Value ?? '',
          dataType: c.Datatype ?? '',
          default: c.Default ?? '',
        });
      }
      if (other.length) ctx.keep(key, other);
      return rows;
    };
    return {
      headers: table('headerTable'),
      properties: table('propertyTable'),
      bodyType:
        props.str('bodyType', 'constant').toLowerCase() === 'expression'
          ? 'Expression'
          : 'Constant',
      bodyValue: props.str('wrapContent'),
    };
  },
  write: (c, ctx) => {
    const kept = (key: string) => (Array.isArray(ctx.kept(key)) ? (ctx.kept(key) as Cells[]) : []);
    const table = (key: string, rows: ModifierRow[]) => {
      const raw = ctx.kept(`${key}:raw`);
      return typeof raw === 'string' && rows.length === 0 ? raw : writeTable(rows, kept(key));
    };
    return {
      headerTable: table('headerTable', c.headers),
      propertyTable: table('propertyTable', c.properties),
      bodyType: c.bodyType === 'Expression' ? 'expression' : 'constant',
      wrapContent: c.bodyValue,
    };
  },
};
