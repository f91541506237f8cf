import { describe, expect, it } from 'vitest';
import { withCpiDefaults } from './withCpiDefaults';

describe('withCpiDefaults', () => {
  it('adds the CPI properties that are missing and keeps the ones present', () => {
    const m = withCpiDefaults(
      { body: 'b', headers: { h: 1 }, properties: { SAP_MPL_LogLevel_Overall: 'DEBUG' } },
      { now: Date.UTC(2025, 0, 2, 3, 4, 5), id: 'AGx1' },
    );
    expect(m).toEqual({
      body: 'b',
      headers: { h: 1 },
      properties: {
        SAP_MessageProcessingLogID: 'AGx1',
        CamelCreatedTimestamp: '2025-01-02T03:04:05.000Z',
        SAP_MPL_LogLevel_Overall: 'DEBUG',
      },
    });
  });
});
