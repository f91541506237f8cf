import type { CpiReadContext, CpiStepCodec } from '../../registry/cpiCodec';
import { kid, kids, textOf } from '../../io/cpi/xnode';
import type { MulticastConfig, MulticastKind } from './config';

/** CPI's routing sequence table: <row><cell>1</cell><cell>SequenceFlow_17</cell></row>… */
function readOrder(text: string, ctx: CpiReadContext): string[] {
  if (!text.trim()) return [];
  try {
    const rows = kids(kid(ctx.parseXml(`<t>${text}</t>`), 't'), 'row').map((row) => {
      const cells = Array.isArray(row.cell) ? row.cell : [row.cell];
      return { n: Number(textOf(cells[0])), id: textOf(cells[1]).trim() };
    });
    return rows.sort((a, b) => a.n - b.n).map((r) => r.id);
  } catch {
    ctx.warn('the routing sequence table is not well-formed XML; kept for export');
    return [];
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Multicast: a parallelGateway (subActivityType "parallel") with activityType saying which. */
export function multicastCpi(kind: MulticastKind): CpiStepCodec<MulticastConfig> {
  const sequential = kind === 'SequentialMulticast';
  return {
    element: 'parallelGateway',
    activityType: kind,
    cmdVariantUri: () =>
      `ctype::FlowstepVariant/cname::${kind}/version::${sequential ? '1.1.0' : '1.1.1'}`,
    componentVersion: '1.1',
    read: (p, ctx) => ({
      routeOrder: sequential ? readOrder(p.str('routingSequenceTable'), ctx) : [],
    }),
    write: (c): Record<string, string> => ({
      subActivityType: 'parallel',
      ...(sequential
        ? {
            routingSequenceTable: c.routeOrder
              .map((id, i) => `<row><cell>${i + 1}</cell><cell>${esc(id)}</cell></row>`)
              .join(''),
          }
        : {}),
    }),
  };
}
