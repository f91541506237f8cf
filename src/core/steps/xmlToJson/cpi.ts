import type { CpiReadContext, CpiStepCodec } from '../../registry/cpiCodec';
import { kid, kids, textOf } from '../../io/cpi/xnode';
import type { XmlToJsonConfig } from './config';

/**
 * CPI keeps the "specific elements" as a table in one property, XML-escaped rows of a path
 * cell and an empty cell: <row><cell>root/order/item</cell><cell></cell></row>. Older or
 * hand-made content has plain paths separated by ";" (read too).
 */
function readPaths(text: string, ctx: CpiReadContext): string[] {
  if (!text.trim().startsWith('<')) return text.split(/[;,\n]/);
  try {
    const root = ctx.parseXml(`<t>${text}</t>`);
    // A cell without attributes parses as plain text, so read the cells as they are.
    return kids(kid(root, 't'), 'row').map((row) => {
      const cells = row.cell;
      return textOf(Array.isArray(cells) ? cells[0] : cells);
    });
  } catch {
    ctx.warn('the table of elements to convert to arrays is not well-formed XML; kept for export');
    return [];
  }
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const xmlToJsonCpi: CpiStepCodec<XmlToJsonConfig> = {
  element: 'callActivity',
  activityType: 'XmlToJsonConverter',
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::XmlToJsonConverter/version::1.0.6',
  componentVersion: '1.0',
  read: (p, ctx) => {
    const all = p.str('xmlJsonConvertAllElements', 'auto');
    return {
      arrayMode: all === 'all' ? 'all' : all === 'specific' ? 'specific' : 'auto',
      arrayElements: readPaths(p.str('xmlJsonPathTable'), ctx)
        .map((s) => s.trim())
        .filter(Boolean)
        .join('\n'),
      suppressRootElement: p.str('jsonOutputSuppressRoot') === 'true',
    };
  },
  write: (c) => ({
    xmlJsonConvertAllElements: c.arrayMode,
    xmlJsonPathTable: c.arrayElements
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((path) => `<row><cell>${xmlText(path)}</cell><cell></cell></row>`)
      .join(''),
    jsonOutputSuppressRoot: String(c.suppressRootElement),
  }),
};
