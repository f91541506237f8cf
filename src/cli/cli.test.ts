import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportFlow, loadFlow } from '../core/io';
import { packageFile } from '../core/workspace';
import { helloWorldFlow } from '../core/io/fixtures/helloWorld';
import { lineFlow } from '../core/engine/testing/flowFixture';
import { filterType } from '../core/steps/filter';
import { BIN, ifs, tempDir } from './testing';

/** A package's metadata, for the app's package exports the tests import. */
const PKG = {
  id: 'pkg_1',
  name: 'Demo',
  technicalName: 'Demo',
  shortDescription: '',
  description: '',
  version: '1.0.0',
  vendor: '',
  createdAt: '2026-12-04T00:00:00.000Z',
  modifiedAt: '2026-12-04T00:00:00.000Z',
};

let dir: string;
let hello: string;
let broken: string;
let failing: string;
let unparsable: string;

beforeAll(() => {
  dir = tempDir();
  hello = join(dir, 'hello.flow.json');
  writeFileSync(hello, exportFlow(helloWorldFlow()));
  // A flow whose Script step has no script file: a validation error.
  const bad = helloWorldFlow();
  bad.resources.scripts = [];
  broken = join(dir, 'broken.flow.json');
  writeFileSync(broken, exportFlow(bad));
  // A flow whose script throws on "boom": one passing case, one failing, one whose run errors.
  const f = helloWorldFlow();
  f.resources.scripts[0]!.content =
    'function processData(message) {\n  if (message.getBody() == "boom") throw new Error("exploded");\n  message.setBody("got " + message.getBody() + " " + message.getHeader("h", java.lang.String));\n  return message;\n}';
  f.testCases = [
    {
      id: 't1',
      name: 'echoes',
      input: { body: 'x', headers: { h: 'y' }, properties: {} },
      expectations: [{ kind: 'bodyEquals', value: 'got x y' }],
    },
    {
      id: 't2',
      name: 'wrong on purpose',
      input: { body: 'x', headers: {}, properties: {} },
      expectations: [{ kind: 'bodyEquals', value: 'nope' }],
    },
    {
      id: 't3',
      name: 'script throws',
      input: { body: 'boom', headers: {}, properties: {} },
      expectations: [{ kind: 'bodyEquals', value: 'x' }],
    },
  ];
  failing = join(dir, 'echo.flow.json');
  writeFileSync(failing, exportFlow(f));
  // A flow whose script does not parse.
  const u = helloWorldFlow();
  u.resources.scripts[0]!.content = 'function processData(message) {\n  return message +;\n}';
  unparsable = join(dir, 'unparsable.flow.json');
  writeFileSync(unparsable, exportFlow(u));
});

// Each case spawns node + tsx: seconds on a busy machine.
describe('ifs (spawned as a user runs it)', { timeout: 90_000 }, () => {
  it('validate: no problems exits 0, errors exit 1 with the problems list, --json', async () => {
    const ok = await ifs(['validate', hello]);
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.stdout).toContain('Hello World: no problems');
    const bad = await ifs(['validate', broken, '--json']);
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout) as {
      ok: boolean;
      problems: { severity: string; elementId: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.problems.some((p) => p.severity === 'error' && p.elementId === 'Script_1')).toBe(
      true,
    );
    const syntax = await ifs(['validate', unparsable]);
    expect(syntax.code).toBe(1);
    expect(syntax.stdout).toMatch(/syntax error in .+\.js, line 2, column 19: Unexpected token/);
  });

  it('run: prints the body; headers and properties reach the script; a script error exits 1', async () => {
    // From a directory outside the clone, as a user's own project would be.
    const r = await ifs(['run', failing, '--body', 'hi', '--header', 'h=there'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: 'got hi there\n' });
    const boom = await ifs(['run', failing, '--body', 'boom', '--trace']);
    expect(boom.code).toBe(1);
    expect(boom.stderr).toMatch(/Script 1 \(Script_1\) failed: .*exploded.*line 2/);
    expect(boom.stdout).toContain('step Start (startEvent)');
  });

  it('run: an XPath step (Filter with a $header variable) works in the command as in the browser', async () => {
    const flow = lineFlow([
      {
        id: 'Filter_1',
        type: 'filter',
        name: 'Wanted orders',
        config: {
          ...filterType.defaultConfig(),
          xpathExpression: '/Orders/Order[Status=$want]/@id',
          valueType: 'String',
        },
      },
    ]);
    const file = join(dir, 'filter.flow.json');
    writeFileSync(file, exportFlow(flow));
    const body =
      '<Orders><Order id="1"><Status>open</Status></Order><Order id="2"><Status>done</Status></Order></Orders>';
    const r = await ifs(['run', file, '--body', body, '--header', 'want=done']);
    expect(r).toMatchObject({ code: 0, stdout: '2\n' });
  });

  it('run --trace --json shows the message after every step', async () => {
    const bodyFile = join(dir, 'body.txt');
    writeFileSync(bodyFile, 'from file');
    const r = await ifs([
      'run',
      failing,
      '--body-file',
      bodyFile,
      '--property',
      'p=1',
      '--json',
      '--trace',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      status: string;
      body: string;
      steps: { id: string; durationMs: number; after: { properties: Record<string, unknown> } }[];
    };
    expect(out.status).toBe('completed');
    expect(out.body).toBe('got from file null');
    expect(out.steps.map((s) => s.id)).toHaveLength(3);
    expect(out.steps[1]?.id).toBe('Script_1');
    expect(out.steps[1]?.after.properties.p).toBe('1');
    for (const step of out.steps) expect(String(step.durationMs)).toMatch(/^\d+(\.\d{1,3})?$/);
  });

  it('test: runs stored cases, progress on stderr, JUnit report, exit 1 on a failure', async () => {
    const junit = join(dir, 'report.xml');
    const r = await ifs(['test', failing, '--junit', junit], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[1/3] ok   echoes');
    expect(r.stderr).toContain('[2/3] FAIL wrong on purpose');
    expect(r.stderr).toContain('[3/3] FAIL script throws');
    expect(r.stdout).toContain('1 passed, 2 failed');
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain('<testsuite name="Hello World" tests="3" failures="1" errors="1"');
    expect(xml).toMatch(
      /<testcase [^>]*name="wrong on purpose"[^>]*>\s*<failure [^>]*message="Body is &quot;got x null&quot;/,
    );
    expect(xml).toMatch(
      /<testcase [^>]*name="script throws"[^>]*>\s*<error type="Error" message="exploded/,
    );
  });

  it('export --to json writes a flow the load door takes back', async () => {
    mkdirSync(join(dir, 'out'));
    const out = join(dir, 'out', 'again.json');
    const r = await ifs(['export', hello, '--to', 'json', '-o', out]);
    expect(r.code).toBe(0);
    const back = loadFlow(readFileSync(out, 'utf8'));
    expect(back.ok && back.flow.name).toBe('Hello World');
    const yamlOut = join(dir, 'hello.camel.yaml');
    const camel = await ifs(['export', hello, '--to', 'camel-yaml', '-o', yamlOut]);
    expect(camel.code).toBe(0);
    expect(readFileSync(yamlOut, 'utf8')).toContain('uri: platform-http:/v1/test/hello');
  });

  it("import: the app's package export, one progress line per flow, the app's flow files", async () => {
    const second = helloWorldFlow();
    second.id = 'Second';
    second.name = 'Second flow';
    const pkg = PKG;
    const bundle = join(dir, packageFile(pkg, [helloWorldFlow(), second]).fileName);
    writeFileSync(bundle, packageFile(pkg, [helloWorldFlow(), second]).text);
    const out = join(dir, 'from-package');
    const r = await ifs(['import', bundle, '-o', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/read 2 flows in \d+ ms; writing to /);
    expect(r.stderr).toContain('[2/2] Second flow');
    const { files } = JSON.parse(r.stdout) as { files: string[] };
    expect(files.map((f) => f.slice(out.length + 1))).toEqual([
      'Hello_World.flow.json',
      'Second_flow.flow.json',
    ]);
    expect(readFileSync(files[1]!, 'utf8')).toBe(exportFlow(second));
    // Again: the same files are fine; a file edited since is kept unless --force.
    const again = await ifs(['import', bundle, '-o', out]);
    expect(again.code, again.stderr).toBe(0);
    writeFileSync(files[1]!, 'my edits');
    const kept = await ifs(['import', bundle, '-o', out]);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain(
      'would replace a file that differs (Second_flow.flow.json); give --force to replace',
    );
    expect(readFileSync(files[1]!, 'utf8')).toBe('my edits');
    const forced = await ifs(['import', bundle, '-o', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(files[1]!, 'utf8')).toBe(exportFlow(second));
    const one = await ifs(['run', bundle]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('holds 2 flows (Hello World, Second flow)');
  });

  it('CPI content: export --to cpi, then validate, run and import the archive and its .iflw', async () => {
    mkdirSync(join(dir, 'cpi'));
    const zipOut = join(dir, 'cpi', 'hello.zip');
    const exp = await ifs(['export', hello, '--to', 'cpi', '-o', zipOut]);
    expect(exp.code, exp.stderr).toBe(0);
    const bytes = readFileSync(zipOut);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const [validate, run, imported] = await Promise.all([
      ifs(['validate', zipOut]),
      ifs(['run', zipOut, '--body', 'x']),
      ifs(['import', zipOut, '-o', join(dir, 'cpi', 'flows')]),
    ]);
    expect(validate.code, validate.stdout + validate.stderr).toBe(0);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Hello world from IFlow');
    expect(imported.code, imported.stderr).toBe(0);
    const file = imported.stdout.trim().split('\n')[0] ?? '';
    const back = loadFlow(readFileSync(file, 'utf8'));
    expect(back.ok && back.flow.process.steps.some((s) => s.type === 'script')).toBe(true);
    // The artifact unzipped (CPI content kept in git): the folder, or its .iflw in place, with
    // the scripts beside it.
    const unzipped = join(dir, 'cpi', 'unzipped');
    for (const [name, data] of Object.entries(unzipSync(bytes))) {
      mkdirSync(dirname(join(unzipped, name)), { recursive: true });
      writeFileSync(join(unzipped, name), data);
    }
    const inPlace = join(
      unzipped,
      'src/main/resources/scenarioflows/integrationflow/Hello_World.iflw',
    );
    const [folder, iflwRun] = await Promise.all([
      ifs(['validate', unzipped]),
      ifs(['run', inPlace, '--body', 'x']),
    ]);
    expect(folder).toMatchObject({ code: 0, stdout: 'Hello World: no problems\n' });
    expect(iflwRun).toMatchObject({ code: 0, stdout: 'Hello world from IFlow\n' });
    // A bare .iflw (no scripts beside it) is read too; a broken one is a one-line error.
    const iflw = join(dir, 'cpi', 'bare.iflw');
    writeFileSync(
      iflw,
      '<bpmn2:definitions xmlns:bpmn2="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn2:collaboration',
    );
    const broken = await ifs(['validate', iflw]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/bare\.iflw/);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    const notZip = join(dir, 'cpi', 'fake.zip');
    writeFileSync(notZip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const bad = await ifs(['run', notZip]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/fake\.zip/);
  });

  it('bad input: one-line errors, exit 2, nothing written', async () => {
    const out = join(dir, 'never.json');
    const cases: [string[], RegExp][] = [
      [['run', hello, '--bogus'], /Unknown option '--bogus' \("ifs run --help" lists them\)/],
      [['run', join(dir, 'missing.json')], /missing\.json: no such file/],
      [['validate', dir], /is a directory, expected a file or an unzipped CPI artifact/],
      [
        ['validate', join(hello, 'x.json')],
        /x\.json: cannot read \(part of the path is a file, not a folder\)/,
      ],
      [['export', hello, '--to', 'pdf', '-o', out], /unknown format "pdf"/],
      [['export', hello, '-o', out], /--to is required/],
      [['run', hello, '--header', 'novalue'], /--header "novalue": expected NAME=VALUE/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['import', hello, '-o', hello], /is a file, expected a directory/],
      [
        ['import', join(dir, 'malformed.json'), '-o', join(dir, 'never')],
        /malformed\.json: not a valid flow/,
      ],
    ];
    const malformed = join(dir, 'malformed.json');
    writeFileSync(malformed, '{"schemaVersion": 2, "name": ');
    const empty = join(dir, 'empty.zip');
    writeFileSync(empty, '');
    cases.push([
      ['validate', empty],
      /empty\.zip: is empty \(0 bytes\); expected a flow \(\.json\), a CPI \.iflw or a CPI archive \(\.zip\)/,
    ]);
    cases.push([
      ['export', malformed, '--to', 'json', '-o', out],
      /malformed\.json: not a valid flow/,
    ]);
    const results = await Promise.all(cases.map(([args]) => ifs(args)));
    for (const [i, [args, message]] of cases.entries()) {
      const r = results[i]!;
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('outputs: a missing or unwritable folder is an error before any work, nothing is left behind', async () => {
    const noFolder = join(dir, 'no-such-folder');
    // A package of two flows whose second file name is taken by a directory: neither is written.
    const second = helloWorldFlow();
    second.id = 'Second';
    second.name = 'Second flow';
    const bundle = join(dir, 'two.package.json');
    writeFileSync(bundle, packageFile(PKG, [helloWorldFlow(), second]).text);
    const half = join(dir, 'half');
    mkdirSync(join(half, 'Second_flow.flow.json'), { recursive: true });
    const cases: [string[], RegExp][] = [
      [
        ['export', hello, '--to', 'json', '-o', join(noFolder, 'x.json')],
        /folder ".*no-such-folder" does not exist/,
      ],
      [
        ['test', failing, '--junit', join(noFolder, 'junit.xml')],
        /folder ".*no-such-folder" does not exist/,
      ],
      [
        ['import', bundle, '-o', join(noFolder, 'flows')],
        /folder ".*no-such-folder" does not exist/,
      ],
      [
        ['export', hello, '--to', 'json', '-o', join(hello, 'x.json')],
        /hello\.flow\.json" is a file, not a folder/,
      ],
      [['export', hello, '--to', 'json', '-o', dir], /is a directory, expected a file/],
      [
        ['export', hello, '--to', 'json', '-o', '/proc/ifs-never.json'],
        /^error: \/proc\/ifs-never\.json: cannot write \([a-z ]+\)$/,
      ],
      [['import', bundle, '-o', half], /Second_flow\.flow\.json: is a directory, expected a file/],
    ];
    const results = await Promise.all(cases.map(([args]) => ifs(args)));
    for (const [i, [args, message]] of cases.entries()) {
      const r = results[i]!;
      expect(r.code, args.join(' ')).toBe(2);
      // One line: the test run did not start (no progress lines), the import wrote nothing.
      expect(r.stderr.trim().split('\n').at(-1), args.join(' ')).toMatch(message);
      if (args[0] !== 'import') expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(existsSync(noFolder)).toBe(false);
    expect(readdirSync(half)).toEqual(['Second_flow.flow.json']);
    expect(readdirSync(join(half, 'Second_flow.flow.json'))).toEqual([]);
  });

  it('"-" is stdin for a flow and a body, stdout for an export', async () => {
    const [body, flow, yaml, zip, jsonToo] = await Promise.all([
      ifs(['run', failing, '--body-file', '-', '--header', 'h=y'], { stdin: 'piped' }),
      ifs(['validate', '-'], { stdin: readFileSync(hello, 'utf8') }),
      ifs(['export', hello, '--to', 'camel-yaml', '-o', '-']),
      ifs(['export', hello, '--to', 'cpi', '-o', '-']),
      ifs(['export', hello, '--to', 'json', '-o', '-', '--json']),
    ]);
    expect(body).toMatchObject({ code: 0, stdout: 'got piped y\n' });
    expect(flow).toMatchObject({ code: 0, stdout: 'Hello World: no problems\n' });
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toContain('uri: platform-http:/v1/test/hello');
    expect(zip.code).toBe(0);
    expect([...zip.stdoutBytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(jsonToo.code).toBe(2);
    expect(jsonToo.stderr).toContain('leave out --json');
    expect(existsSync('-')).toBe(false);
    const bad = await ifs(['validate', '-'], { stdin: '{' });
    expect(bad.stderr.trim()).toMatch(/^error: stdin: not a valid flow: .*line 1, column 2/);
  });

  it('--json: a failure is JSON on stdout too (and one line on stderr)', async () => {
    const cases = [
      ['validate', join(dir, 'missing.json'), '--json'],
      ['run', hello, '--json', '--bogus'],
      ['frobnicate', '--json'],
    ];
    const results = await Promise.all(cases.map((args) => ifs(args)));
    for (const [i, r] of results.entries()) {
      expect(r.code, cases[i]!.join(' ')).toBe(2);
      const out = JSON.parse(r.stdout) as { ok: boolean; exitCode: number; error: string };
      expect(out).toMatchObject({ ok: false, exitCode: 2 });
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(out.error);
    }
    expect(results[0]!.stdout).toContain('missing.json: no such file');
  });

  it('a reader that stops early (| head) ends the command quietly with its exit code', async () => {
    const body = join(dir, 'big-body.txt');
    writeFileSync(body, 'x'.repeat(2_000_000));
    const child = spawn(process.execPath, [BIN, 'run', hello, '--trace', '--body-file', body]);
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('--help for the tool and every command', async () => {
    const top = await ifs(['--help']);
    expect(top.code).toBe(0);
    // The notes come after the flags, --help among the flags.
    const run = await ifs(['help', 'run']);
    expect(run.stdout).toMatch(
      / {2}--json .*\n {2}-h, --help .*\n\nExit code 1 when the run fails/,
    );
    const names = ['validate', 'run', 'test', 'export', 'import', 'serve', 'hash-secret'];
    const helps = await Promise.all(names.map((name) => ifs([name, '--help'])));
    for (const [i, name] of names.entries()) {
      expect(top.stdout).toContain(name);
      const r = helps[i]!;
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toContain(`Usage: ifs ${name}`);
      expect(r.stdout, name).toContain('  -h, --help     this help');
    }
  });
});
