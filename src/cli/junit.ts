export interface JUnitCase {
  name: string;
  timeSec: number;
  failures: string[];
}

const escapeXml = (s: string) =>
  s
    // Characters XML 1.0 cannot carry at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** A JUnit XML report (the common Surefire/Jenkins form) of one flow's test cases. */
export function junitXml(suite: string, cases: JUnitCase[]): string {
  const failures = cases.filter((c) => c.failures.length > 0).length;
  const time = cases.reduce((t, c) => t + c.timeSec, 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${cases.length}" failures="${failures}" time="${time.toFixed(3)}">`,
    `  <testsuite name="${escapeXml(suite)}" tests="${cases.length}" failures="${failures}" errors="0" time="${time.toFixed(3)}">`,
  ];
  for (const c of cases) {
    const open = `    <testcase classname="${escapeXml(suite)}" name="${escapeXml(c.name)}" time="${c.timeSec.toFixed(3)}"`;
    if (c.failures.length === 0) {
      lines.push(`${open}/>`);
    } else {
      const text = escapeXml(c.failures.join('\n'));
      lines.push(
        `${open}>`,
        `      <failure message="${escapeXml(c.failures[0] ?? '')}">${text}</failure>`,
        '    </testcase>',
      );
    }
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
