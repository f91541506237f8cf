import { kid, kids, textOf } from '../../io/cpi/xnode';
import type { CpiStepCodec } from '../../registry/cpiCodec';
import type { VariableRow, WriteVariablesConfig } from './config';

/*
 * CPI writes Write Variables (activityType "Variables", versions 1.0.6 to 1.2.0) as one
 * property `variable`: XML-escaped rows of five cells without ids, in this order: name, data
 * type, type (constant/header/property/xpath/expression), value, scope (local/global). The
 * step-level visibility, encrypt and expire properties are kept as they came.
 */

const TYPES = new Set(['constant', 'header', 'property', 'xpath', 'expression']);
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const writeVariablesCpi: CpiStepCodec<WriteVariablesConfig> = {
  element: 'callActivity',
  activityType: 'Variables',
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::Variables/version::1.2.0',
  componentVersion: '1.2',
  read: (p, ctx) => {
    const text = p.str('variable');
    if (!text.trim()) return { variables: [] };
    let root;
    try {
      root = ctx.parseXml(`<t>${text}</t>`);
    } catch {
      ctx.keep('variable:raw', text);
      ctx.warn('the table of variables is not well-formed XML; kept unchanged for export');
      return { variables: [] };
    }
    const variables: VariableRow[] = [];
    for (const row of kids(kid(root, 't'), 'row')) {
      // A cell without attributes parses as plain text.
      const raw = row.cell;
      const cells = (Array.isArray(raw) ? raw : [raw]).map((c) => textOf(c));
      const [name = '', dataType = '', type = 'constant', value = '', scope = 'local'] = cells;
      const sourceType = type.toLowerCase();
      if (!TYPES.has(sourceType))
        ctx.warn(`variable "${name}" of type "${type}" cannot be run; it is written as a constant`);
      variables.push({
        name,
        dataType,
        sourceType: TYPES.has(sourceType) ? (sourceType as VariableRow['sourceType']) : 'constant',
        sourceValue: value,
        global: scope === 'global',
      });
    }
    return { variables };
  },
  write: (c, ctx) => {
    const raw = ctx.kept('variable:raw');
    if (typeof raw === 'string' && c.variables.length === 0) return { variable: raw };
    return {
      variable: c.variables
        .map(
          (v) =>
            `<row>${[v.name, v.dataType, v.sourceType, v.sourceValue, v.global ? 'global' : 'local']
              .map((cell) => `<cell>${xmlText(cell)}</cell>`)
              .join('')}</row>`,
        )
        .join(''),
    };
  },
};
