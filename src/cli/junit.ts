export interface JUnitCase {
  name: string;
  timeSec: number;
  failures: string[];
  /**
   * The run itself failed when the case did not expect it (a script error, an unhandled step
   * error): JUnit's `<error>` with the error's type, not a `<failure>` of an expectation.
   */
  error?: { type: string; message: string };
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
export function junitXml(
  suite: string,
  cases: JUnitCase[],
  meta: { timestamp?: string; hostname?: string } = {},
): string {
  const errors = cases.filter((c) => c.failures.length > 0 && c.error).length;
  const failures = cases.filter((c) => c.failures.length > 0 && !c.error).length;
  const time = cases.reduce((t, c) => t + c.timeSec, 0);
  const extra =
    (meta.timestamp ? ` timestamp="${escapeXml(meta.timestamp)}"` : '') +
    (meta.hostname ? ` hostname="${escapeXml(meta.hostname)}"` : '');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${cases.length}" failures="${failures}" errors="${errors}" time="${time.toFixed(3)}">`,
    `  <testsuite name="${escapeXml(suite)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="0" time="${time.toFixed(3)}"${extra}>`,
  ];
  for (const c of cases) {
    const open = `    <testcase classname="${escapeXml(suite)}" name="${escapeXml(c.name)}" time="${c.timeSec.toFixed(3)}"`;
    if (c.failures.length === 0) {
      lines.push(`${open}/>`);
      continue;
    }
    const text = escapeXml(c.failures.join('\n'));
    const first = escapeXml(c.failures[0] ?? '');
    lines.push(
      `${open}>`,
      c.error
        ? `      <error type="${escapeXml(c.error.type)}" message="${escapeXml(c.error.message)}">${text}</error>`
        : `      <failure type="AssertionError" message="${first}">${text}</failure>`,
      '    </testcase>',
    );
  }
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
