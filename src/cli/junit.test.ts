import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junitXml } from './junit';

describe('JUnit XML report', () => {
  it('passes, failures and errors counted apart, escaped, with timestamp and hostname', () => {
    const xml = junitXml(
      'Orders <v2>',
      [
        { name: 'ok', timeSec: 0.01, failures: [] },
        { name: 'wrong "body"', timeSec: 0.02, failures: ['Body is "a", expected "b"'] },
        {
          name: 'script broke',
          timeSec: 0.03,
          failures: ['Run ended failed: bad & worse, expected it to end ok'],
          error: { type: 'TypeError', message: 'bad & worse' },
        },
      ],
      { timestamp: '2026-12-04T23:00:00', hostname: 'ci-1' },
    );
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      testsuites: {
        tests: string;
        failures: string;
        errors: string;
        testsuite: {
          name: string;
          timestamp: string;
          hostname: string;
          testcase: Record<string, unknown>[];
        };
      };
    };
    expect(doc.testsuites).toMatchObject({ tests: '3', failures: '1', errors: '1' });
    const suite = doc.testsuites.testsuite;
    expect(suite).toMatchObject({
      name: 'Orders <v2>',
      timestamp: '2026-12-04T23:00:00',
      hostname: 'ci-1',
    });
    expect(suite.testcase[0]).toMatchObject({
      name: 'ok',
      classname: 'Orders <v2>',
      time: '0.010',
    });
    expect(suite.testcase[1]).toMatchObject({
      name: 'wrong "body"',
      failure: { type: 'AssertionError', message: 'Body is "a", expected "b"' },
    });
    expect(suite.testcase[2]).toMatchObject({
      error: { type: 'TypeError', message: 'bad & worse' },
    });
  });
});
