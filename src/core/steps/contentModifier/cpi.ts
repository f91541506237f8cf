import { XMLParser } from 'fast-xml-parser';
import type { CpiStepCodec } from '../../registry/cpiCodec';
import type { ContentModifierConfig, ModifierRow } from './config';

/*
 * CPI keeps Content Modifier tables as XML-escaped rows in one property:
 * <row><cell id='Action'>Create</cell><cell id='Type'>constant</cell><cell id='Value'>…</cell>
 * <cell id='Default'></cell><cell id='Name'>…</cell><cell id='Datatype'>…</cell></row>
 */
const rowParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === 'row' || name === 'cell',
});

const TYPES: Record<string, ModifierRow['sourceType']> = {
  constant: 'Constant',
  header: 'Header',
  property: 'Property',
  expression: 'Expression',
};
const TYPE_OUT: Record<ModifierRow['sourceType'], string> = {
  Constant: 'constant',
  Header: 'header',
  Property: 'property',
  Expression: 'expression',
};

type Cells = Record<string, string>;

function readTable(text: string): Cells[] {
  if (!text.trim() || /<!DOCTYPE|<!ENTITY/i.test(text)) return [];
  const parsed = rowParser.parse(`<t>${text}</t>`) as { t?: { row?: { cell?: unknown[] }[] } };
  return (parsed.t?.row ?? []).map((row) => {
    const cells: Cells = {};
    for (const c of row.cell ?? []) {
      if (c === null || typeof c !== 'object') continue;
      const cell = c as Record<string, unknown>;
      const id = cell['@_id'];
      const t = cell['#text'];
      if (typeof id === 'string')
        cells[id] = typeof t === 'string' ? t : t === undefined ? '' : String(t);
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
      for (const c of readTable(props.str(key))) {
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
    return {
      headerTable: writeTable(c.headers, kept('headerTable')),
      propertyTable: writeTable(c.properties, kept('propertyTable')),
      bodyType: c.bodyType === 'Expression' ? 'expression' : 'constant',
      wrapContent: c.bodyValue,
    };
  },
};
