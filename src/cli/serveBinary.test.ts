import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFlow } from '../core/io';
import { helloWorldBase } from '../core/io/fixtures/helloWorld';
import type { Flow } from '../core/model/flow';
import { hashSecret, defaultRandom } from '../core/tenant/crypto';
import { main } from './main';
import type { CliOutput } from './io';
import { BIN, ifs, tempDir } from './testing';

/** Sender →(HTTPS `address`, no CSRF) Start → `type` (a ZIP step) → End. */
function zipFlow(id: string, type: 'zipCompressor' | 'zipDecompressor', address: string): Flow {
  const flow = helloWorldBase({ id, name: id, address, adapter: { csrfProtected: false } });
  const step = flow.process.steps.find((s) => s.type === 'script')!;
  Object.assign(step, { type, name: type === 'zipCompressor' ? 'Zip' : 'Unzip', config: {} });
  flow.resources.scripts = [];
  return flow;
}

const TEXT = '<order id="7">Grüße</order>';
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
/** The one file of a ZIP archive, as text. */
const unzipText = (b: Uint8Array) => Object.values(unzipSync(b)).map(decode);

let dir: string;
let unzipPath: string;
let zipPath: string;
let archivePath: string;
let child: ChildProcess;
let base: string;

beforeAll(async () => {
  dir = tempDir();
  unzipPath = join(dir, 'unzip.flow.json');
  zipPath = join(dir, 'zip.flow.json');
  archivePath = join(dir, 'order.zip');
  writeFileSync(unzipPath, exportFlow(zipFlow('Unzip', 'zipDecompressor', '/v1/unzip')));
  writeFileSync(zipPath, exportFlow(zipFlow('Zip', 'zipCompressor', '/v1/zip')));
  writeFileSync(archivePath, zipSync({ 'order.xml': strToU8(TEXT) }));
  const tenantPath = join(dir, 'tenant.json');
  writeFileSync(
    tenantPath,
    JSON.stringify({
      clients: [
        { clientId: 'sender', secretHash: await hashSecret('s3cret-value', defaultRandom, 1000) },
      ],
      roles: [{ user: 'oauth_client_sender', roles: ['ESBMessaging.send'] }],
    }),
  );
  // Port 0: the system picks a free port on 127.0.0.1, printed in the first --json line.
  child = spawn(
    process.execPath,
    [BIN, 'serve', unzipPath, zipPath, '--port', '0', '--tenant', tenantPath, '--json'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const first = await new Promise<string>((done, fail) => {
    createInterface({ input: child.stdout! }).once('line', done);
    child.once('exit', () => fail(new Error('serve exited early')));
  });
  base = (JSON.parse(first) as { url: string }).url;
}, 90_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

async function bearer(): Promise<string> {
  const res = await fetch(`${base}/oauth/token?grant_type=client_credentials`, {
    method: 'POST',
    headers: { Authorization: `Basic ${Buffer.from('sender:s3cret-value').toString('base64')}` },
  });
  return `Bearer ${((await res.json()) as { access_token: string }).access_token}`;
}

describe('ifs serve with binary bodies', { timeout: 90_000 }, () => {
  it('a ZIP posted to a flow with ZIP Decompression answers the text inside', async () => {
    const zip = readFileSync(archivePath);
    const res = await fetch(`${base}/http/v1/unzip`, {
      method: 'POST',
      headers: { Authorization: await bearer(), 'Content-Type': 'application/zip' },
      body: zip,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain;charset=UTF-8');
    expect(await res.text()).toBe(TEXT);
  });

  it('text posted to a flow with ZIP Compression answers bytes that unzip to the text', async () => {
    const res = await fetch(`${base}/http/v1/zip`, {
      method: 'POST',
      headers: { Authorization: await bearer(), 'Content-Type': 'application/xml' },
      body: TEXT,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(bytes.length);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(unzipText(bytes)).toEqual([TEXT]);
  });
});

describe('ifs run with binary bodies', { timeout: 60_000 }, () => {
  it('--body-file sends a ZIP as bytes; a binary result goes to a pipe as its bytes', async () => {
    const text = await ifs(['run', unzipPath, '--body-file', archivePath]);
    expect([text.code, text.stdout]).toEqual([0, `${TEXT}\n`]);
    const zipped = await ifs(['run', zipPath, '--body', TEXT]);
    expect(zipped.code).toBe(0);
    expect(unzipText(new Uint8Array(zipped.stdoutBytes))).toEqual([TEXT]);
  });

  it('--json carries a binary body as Base64 with bodyEncoding; text as it is', async () => {
    const r = await ifs(['run', zipPath, '--body', TEXT, '--json', '--trace']);
    const out = JSON.parse(r.stdout) as {
      body: string;
      bodyEncoding?: string;
      steps: { after?: { body: string; bodyEncoding?: string } }[];
    };
    expect(out.bodyEncoding).toBe('base64');
    expect(unzipText(Buffer.from(out.body, 'base64'))).toEqual([TEXT]);
    expect(out.steps.at(-1)?.after?.bodyEncoding).toBe('base64');
    const text = JSON.parse(
      (await ifs(['run', unzipPath, '--body-file', archivePath, '--json'])).stdout,
    ) as {
      body: string;
      bodyEncoding?: string;
    };
    expect(text).toMatchObject({ body: TEXT });
    expect(text.bodyEncoding).toBeUndefined();
  });

  it('on a terminal a binary body is only named, with its size', async () => {
    const lines: string[] = [];
    const data: unknown[] = [];
    const tty: CliOutput = {
      out: (t) => lines.push(t),
      err: (t) => lines.push(t),
      data: (d) => data.push(d),
      terminal: true,
    };
    expect(await main(['run', zipPath, '--body', TEXT], tty)).toBe(0);
    expect(data).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/^Binary body, [\d,]+ bytes \(use > file\)$/)]);
  });
});
