import type { CpiStepCodec } from '../../registry/cpiCodec';
import { defaultSplitterConfig, type SplitKind, type SplitterConfig } from './config';

const int = (v: string, fallback: number, max: number) => {
  const n = /^\s*\d+\s*$/.test(v) ? Number(v) : NaN;
  return n >= 1 && n <= max ? n : fallback;
};

/**
 * Splitter: a callActivity with activityType "Splitter"; `splitType` says which one (EDI and
 * PKCS#7 splitters stay placeholders). Older versions lack grouping and threads: what the file
 * did not hold is not written back (asRead).
 */
export function splitterCpi(kind: SplitKind): CpiStepCodec<SplitterConfig> {
  return {
    element: 'callActivity',
    activityType: 'Splitter',
    propertyMatch: { splitType: kind },
    cmdVariantUri: () => `ctype::FlowstepVariant/cname::${kind}/version::1.6.0`,
    componentVersion: '1.6',
    read: (p) => {
      const d = defaultSplitterConfig();
      const type = p.str('exprType', 'XPath');
      const exprType = type === 'Line Break' || type === 'Token' ? type : 'XPath';
      const value = p.str('splitExprValue');
      return {
        exprType,
        xpath: exprType === 'XPath' ? value : '',
        token: exprType === 'Token' ? value : '',
        grouping: int(p.str('grouping', '1'), 1, 1_000_000),
        streaming: p.str('Streaming', 'true') !== 'false',
        parallelProcessing: p.str('ParallelProcessing') === 'true',
        threads: int(p.str('SplitterThreads', '10'), d.threads, 50),
        stopOnException: p.str('StopOnExecution', 'true') !== 'false',
        timeout: int(p.str('timeOut', '300'), d.timeout, 86_400),
      };
    },
    write: (c) => ({
      splitType: kind,
      exprType: c.exprType,
      splitExprValue: c.exprType === 'XPath' ? c.xpath : c.exprType === 'Token' ? c.token : '',
      grouping: String(c.grouping),
      Streaming: String(c.streaming),
      ParallelProcessing: String(c.parallelProcessing),
      SplitterThreads: String(c.threads),
      StopOnExecution: String(c.stopOnException),
      timeOut: String(c.timeout),
    }),
  };
}
