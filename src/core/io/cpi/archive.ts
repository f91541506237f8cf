import { strToU8 } from 'fflate';
import type { Flow, FileResource, ScriptResource } from '../../model/flow';
import { arrangeFlow } from '../../layout/arrangeFlow';
import { flowArrange } from '../../commands/flowArrange';
import type { Package } from '../../workspace/package';
import { loadErrorText, loadFlow } from '../loadFlow';
import { LIMITS } from '../limits';
import { safeFileName } from '../exportFlow';
import { CpiImportError } from './errors';
import { readParameters, readProperties, writeParameterDefs, writeProperties } from './parameters';
import { readIflw } from './readIflw';
import type { ImportReport } from './report';
import { iflwXml } from './writeIflw';
import { loadCodecs } from '../../registry/codecs';
import { safeUnzip, utf8, zip } from './zip';

const RES = 'src/main/resources/';
const IFLW_DIR = `${RES}scenarioflows/integrationflow/`;
const SCRIPT_DIR = `${RES}script/`;
const OWN_FILES = new Set([
  'META-INF/MANIFEST.MF',
  '.project',
  'metainfo.prop',
  `${RES}parameters.prop`,
  `${RES}parameters.propdef`,
]);

export interface CpiImportResult {
  /** Set for a package export (several flows and the package's details). */
  package?: Pick<
    Package,
    'name' | 'technicalName' | 'shortDescription' | 'description' | 'version' | 'vendor'
  >;
  flows: Flow[];
  warnings: string[];
  reports: ImportReport[];
}

/** Parsed then through the load door; a flow the door refuses is an error naming the file. */
function finish(
  flow: Flow,
  file: string,
  needsLayout: boolean,
): { flow: Flow; warnings: string[] } {
  const laid = needsLayout ? flowArrange(flow, arrangeFlow(flow)).flow : flow;
  tooLarge(laid, file);
  const loaded = loadFlow(laid);
  if (!loaded.ok)
    throw new CpiImportError(file, `does not make a valid flow: ${loadErrorText(loaded)}`);
  return { flow: loaded.flow, warnings: loaded.warnings };
}

const MB = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;

/**
 * A flow is one record of at most LIMITS.fileChars; real archives pass it with large service
 * descriptions (OData .edmx files of 10 MB and more). Say which files, not "file is too large".
 */
function tooLarge(flow: Flow, file: string): void {
  const size = JSON.stringify(flow).length;
  if (size <= LIMITS.fileChars) return;
  const files = [...(flow.resources.files ?? [])]
    .map((f) => ({ path: f.path.replace(RES, ''), chars: f.content.length }))
    .sort((a, b) => b.chars - a.chars)
    .slice(0, 3);
  const named = files.length
    ? `; its largest files: ${files.map((f) => `${f.path} (${MB((f.chars * 3) / 4)})`).join(', ')}`
    : '';
  throw new CpiImportError(
    file,
    `is too large for the studio: the flow with its files takes ${MB(size)} and a flow may take at most ${MB(LIMITS.fileChars)}${named}. Remove large files the flow does not need (such as .edmx service descriptions) from the archive and import it again`,
  );
}

function report(flow: Flow, file: string, entries: ImportReport['entries']): ImportReport {
  return {
    flowId: flow.id,
    flowName: flow.name,
    file,
    counts: {
      steps: flow.process.steps.length,
      sequenceFlows: flow.process.sequenceFlows.length,
      messageFlows: flow.messageFlows.length,
      scripts: flow.resources.scripts.length,
      files: flow.resources.files?.length ?? 0,
      parameters: Object.keys(flow.parameters ?? {}).length,
      localProcesses: flow.process.steps.filter((s) => s.type === 'localProcess').length,
    },
    entries,
  };
}

/** A flow id from a name: letters, digits and _ . - only. */
function idFrom(name: string): string {
  const id = name.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^_+|_+$/g, '');
  return id.slice(0, 200) || 'Imported_Flow';
}

/** Imports one .iflw on its own (no scripts or parameters come with it); codecs loaded. */
export function importIflwFile(
  xml: string,
  file = 'flow.iflw',
): { flow: Flow; warnings: string[]; report: ImportReport } {
  const name = file.replace(/^.*\//, '').replace(/\.iflw$/i, '') || 'Imported Flow';
  const read = readIflw(xml, { file, id: idFrom(name), name });
  const done = finish(read.flow, file, read.needsLayout);
  return {
    flow: done.flow,
    warnings: [...read.warnings, ...done.warnings],
    report: report(done.flow, file, read.entries),
  };
}

/** MANIFEST.MF headers (continuation lines start with one space). */
function manifest(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  let last = '';
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith(' ') && last) {
      out[last] += line.slice(1);
      continue;
    }
    const m = /^([A-Za-z0-9_-]+):\s?(.*)$/.exec(line);
    if (m) out[(last = m[1]!)] = m[2]!;
  }
  return out;
}

/** Scripts of a package's Script Collections by the collection's Bundle-SymbolicName. */
type Collections = ReadonlyMap<string, ScriptResource[]>;

/** The scripts of an artifact's script/ folder. */
function scriptsOf(entries: Map<string, Uint8Array>): ScriptResource[] {
  const out: ScriptResource[] = [];
  for (const [path, data] of entries) {
    const scriptName = path.startsWith(SCRIPT_DIR) ? path.slice(SCRIPT_DIR.length) : '';
    if (scriptName && !scriptName.includes('/') && /\.(js|groovy|gsh)$/i.test(scriptName))
      out.push({
        name: scriptName,
        language: /\.js$/i.test(scriptName) ? 'javascript' : 'groovy',
        content: utf8(data),
        path: `script/${scriptName}`,
      });
  }
  return out;
}

/**
 * The scripts of the package's Script Collections a flow names (`scriptBundleId`), so its steps
 * run here; a name the flow has itself stays the flow's.
 */
function collectionScripts(
  xml: string,
  own: readonly ScriptResource[],
  collections: Collections,
): ScriptResource[] {
  const named = new Set(
    [...xml.matchAll(/<key>\s*scriptBundleId\s*<\/key>\s*<value>([^<]+)<\/value>/g)].map((m) =>
      m[1]!.trim(),
    ),
  );
  const taken = new Set(own.map((s) => s.name));
  const out: ScriptResource[] = [];
  for (const bundle of named)
    for (const s of collections.get(bundle) ?? [])
      if (!taken.has(s.name)) {
        taken.add(s.name);
        out.push({ ...s, collection: bundle });
      }
  return out;
}

function readArtifact(
  entries: Map<string, Uint8Array>,
  file: string,
  collections: Collections = new Map(),
): { flow: Flow; warnings: string[]; report: ImportReport } {
  const names = [...entries.keys()];
  let iflws = names.filter((n) => n.startsWith(IFLW_DIR) && /\.iflw$/i.test(n));
  if (iflws.length === 0) iflws = names.filter((n) => /\.iflw$/i.test(n));
  if (iflws.length === 0)
    throw new CpiImportError(
      file,
      `contains no integration flow (.iflw); expected one under ${IFLW_DIR}`,
    );
  if (iflws.length > 1)
    throw new CpiImportError(
      file,
      `contains ${iflws.length} integration flows (${iflws.map((n) => n.replace(/^.*\//, '')).join(', ')}); an artifact holds exactly one`,
    );
  const iflwName = iflws[0]!;
  const mf = entries.get('META-INF/MANIFEST.MF');
  const headers = mf ? manifest(utf8(mf)) : {};
  const base = iflwName.replace(/^.*\//, '').replace(/\.iflw$/i, '');
  const name = headers['Bundle-Name']?.trim() || base;
  const id = idFrom((headers['Bundle-SymbolicName'] ?? '').split(';')[0]!.trim() || name);
  const scripts = scriptsOf(entries);
  const scriptPaths = new Set(scripts.map((x) => `${RES}${x.path}`));
  const files: FileResource[] = [];
  for (const [path, data] of entries) {
    if (path === iflwName || OWN_FILES.has(path) || scriptPaths.has(path)) continue;
    files.push({ path, content: toBase64(data) });
  }
  const where = `${file}/${iflwName}`;
  const xml = utf8(entries.get(iflwName)!);
  scripts.push(...collectionScripts(xml, scripts, collections));
  const read = readIflw(xml, { file: where, id, name, scripts });
  const prop = entries.get(`${RES}parameters.prop`);
  const propdef = entries.get(`${RES}parameters.propdef`);
  const parameters = readParameters(prop && utf8(prop), propdef && utf8(propdef), file);
  if (Object.keys(parameters).length) read.flow.parameters = parameters;
  if (files.length) read.flow.resources.files = files;
  const meta = entries.get('metainfo.prop');
  if (meta) {
    // A Java properties file: "\:" and "\n" escapes, "\uXXXX", continued lines.
    const desc = readProperties(utf8(meta)).find(([k]) => k === 'description');
    if (desc) read.flow.description = desc[1].slice(0, 20_000);
  }
  const version = headers['Bundle-Version']?.trim();
  if (version) read.flow.extensions = { ...read.flow.extensions, cpiBundleVersion: version };
  const done = finish(read.flow, where, read.needsLayout);
  return {
    flow: done.flow,
    warnings: [...read.warnings, ...done.warnings],
    report: report(done.flow, file, read.entries),
  };
}

interface CntResource {
  id?: unknown;
  resourceType?: unknown;
  name?: unknown;
  displayName?: unknown;
  version?: unknown;
  additionalAttributes?: Record<string, { attributeValues?: unknown[] }>;
}

function readPackage(
  entries: Map<string, Uint8Array>,
  file: string,
  seen: Set<string>,
): CpiImportResult {
  let cnt: { resources?: CntResource[] };
  try {
    cnt = JSON.parse(utf8(fromBase64(utf8(entries.get('resources.cnt')!).trim()))) as typeof cnt;
  } catch {
    throw new CpiImportError(file, 'resources.cnt is not base64-encoded JSON');
  }
  if (!cnt || !Array.isArray(cnt.resources))
    throw new CpiImportError(file, 'resources.cnt lists no "resources"');
  const pkgRes = cnt.resources.find((r) => r.resourceType === 'ContentPackage');
  const warnings: string[] = [];
  const flows: Flow[] = [];
  const reports: ImportReport[] = [];
  const collections = new Map<string, ScriptResource[]>();
  for (const r of cnt.resources) {
    const nested = typeof r.id === 'string' ? entries.get(`${r.id}_content`) : undefined;
    if (r.resourceType !== 'ScriptCollection' || !nested) continue;
    const inner = safeUnzip(nested, `${file}/${String(r.id)}_content`);
    const mf = inner.get('META-INF/MANIFEST.MF');
    const bundle = (manifest(mf ? utf8(mf) : '')['Bundle-SymbolicName'] ?? '').split(';')[0]!;
    if (bundle.trim()) collections.set(bundle.trim(), scriptsOf(inner));
  }
  for (const r of cnt.resources) {
    if (r.resourceType === 'ContentPackage') continue;
    // Its scripts come with each flow that names it (above).
    if (r.resourceType === 'ScriptCollection' && typeof r.id === 'string') continue;
    const id = typeof r.id === 'string' ? r.id : '';
    const label =
      typeof r.displayName === 'string' ? r.displayName : typeof r.name === 'string' ? r.name : id;
    if (r.resourceType !== 'IFlow') {
      warnings.push(
        `${file}: ${String(r.resourceType)} "${label}" is not an integration flow; not imported`,
      );
      continue;
    }
    const entry = `${id}_content`;
    const nested = entries.get(entry);
    if (!id || !nested)
      throw new CpiImportError(file, `resources.cnt lists "${label}", but ${entry} is missing`);
    const key = `${nested.length}:${hashOf(nested)}`;
    if (seen.has(key))
      throw new CpiImportError(
        `${file}/${entry}`,
        'contains an archive that contains itself (a cycle)',
      );
    seen.add(key);
    const inner = safeUnzip(nested, `${file}/${entry}`);
    if (inner.has('resources.cnt') || [...inner.keys()].some((k) => k.endsWith('_content')))
      throw new CpiImportError(
        `${file}/${entry}`,
        'is a package export inside a package export; nested packages (or a cycle) are refused',
      );
    const a = readArtifact(inner, `${file}/${entry}`, collections);
    flows.push(a.flow);
    reports.push(a.report);
    warnings.push(...a.warnings.map((w) => `${a.flow.name}: ${w}`));
  }
  if (flows.length === 0) throw new CpiImportError(file, 'holds no integration flows');
  const meta = entries.get('contentmetadata.md');
  let description = '';
  if (meta) {
    try {
      description = utf8(fromBase64(utf8(meta).trim()));
    } catch {
      description = utf8(meta);
    }
  }
  const str = (v: unknown, d: string) => (typeof v === 'string' && v ? v : d);
  const attr = (k: string) => {
    const v = pkgRes?.additionalAttributes?.[k]?.attributeValues?.[0];
    return typeof v === 'string' ? v : '';
  };
  const name = str(pkgRes?.displayName, str(pkgRes?.name, file.replace(/\.zip$/i, '')));
  return {
    package: {
      name,
      technicalName: str(pkgRes?.name, name).replace(/[^A-Za-z0-9_.]/g, ''),
      shortDescription: attr('shortText'),
      description: description.slice(0, 20_000),
      version: str(pkgRes?.version, '1.0.0'),
      vendor: attr('vendor'),
    },
    flows,
    warnings,
    reports,
  };
}

/** A cheap content hash (FNV-1a) to notice an archive nested in itself. */
function hashOf(data: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i]!, 0x01000193);
  return (h >>> 0).toString(16);
}

/**
 * Imports a CPI artifact zip (one flow), a package export zip (a package and its flows), or a
 * bare .iflw. Rejects with CpiImportError naming the file and what is wrong; nothing half-read.
 */
export async function importCpiArchive(
  bytes: Uint8Array,
  file = 'archive.zip',
): Promise<CpiImportResult> {
  await loadCodecs();
  const head = utf8(bytes.subarray(0, 200)).trimStart();
  if (head.startsWith('<')) {
    const one = importIflwFile(utf8(bytes), file.endsWith('.iflw') ? file : `${file}.iflw`);
    return { flows: [one.flow], warnings: one.warnings, reports: [one.report] };
  }
  const entries = safeUnzip(bytes, file);
  if (entries.has('resources.cnt')) return readPackage(entries, file, new Set([hashOf(bytes)]));
  const one = readArtifact(entries, file);
  return { flows: [one.flow], warnings: one.warnings, reports: [one.report] };
}

function artifactEntries(flow: Flow): Record<string, Uint8Array> {
  const symbolic = idFrom(flow.id);
  const version =
    typeof flow.extensions?.cpiBundleVersion === 'string'
      ? flow.extensions.cpiBundleVersion
      : '1.0.0';
  const mf = [
    'Manifest-Version: 1.0',
    'Bundle-ManifestVersion: 2',
    `Bundle-Name: ${flow.name}`,
    `Bundle-SymbolicName: ${symbolic}; singleton:=true`,
    `Bundle-Version: ${version}`,
    'SAP-BundleType: IntegrationFlow',
    'SAP-NodeType: IFLMAP',
    'SAP-RuntimeProfile: iflmap',
    'Origin-Bundle-Name: ' + flow.name,
    'Origin-Bundle-SymbolicName: ' + symbolic,
    '',
  ].join('\r\n');
  const project = `<?xml version="1.0" encoding="UTF-8"?><projectDescription><name>${symbolic}</name><comment/><projects/><buildSpec><buildCommand><name>org.eclipse.jdt.core.javabuilder</name><arguments/></buildCommand></buildSpec><natures><nature>org.eclipse.jdt.core.javanature</nature><nature>com.sap.ide.ifl.project.support.project.nature</nature><nature>com.sap.ide.ifl.bsn</nature></natures></projectDescription>\n`;
  const params = flow.parameters ?? {};
  const out: Record<string, Uint8Array> = {
    'META-INF/MANIFEST.MF': strToU8(mf),
    '.project': strToU8(project),
    'metainfo.prop': strToU8(
      writeProperties([['description', flow.description]]).replace(
        '#Store parameters',
        '#Store metainfo properties',
      ),
    ),
    [`${RES}parameters.prop`]: strToU8(
      writeProperties(Object.entries(params).map(([k, p]) => [k, p.value])),
    ),
    [`${RES}parameters.propdef`]: strToU8(writeParameterDefs(params)),
    [`${IFLW_DIR}${safeFileName(flow.name, 'flow')}.iflw`]: strToU8(iflwXml(flow)),
  };
  // A Script Collection's scripts go out with the collection (exportCpiPackage), not the flow.
  for (const s of flow.resources.scripts)
    if (!s.collection) out[`${RES}${s.path ?? `script/${s.name}`}`] = strToU8(s.content);
  for (const f of flow.resources.files ?? [])
    if (!(f.path in out)) out[f.path] = fromBase64(f.content);
  return out;
}

/** A CPI integration flow archive (.zip) of one flow, as CPI's Design view downloads it. */
export async function exportCpiArchive(flow: Flow): Promise<Uint8Array> {
  await loadCodecs();
  return zip(artifactEntries(flow));
}

/** A CPI package export: resources.cnt (base64 JSON), one <id>_content zip per flow. */
export async function exportCpiPackage(pkg: Package, flows: readonly Flow[]): Promise<Uint8Array> {
  await loadCodecs();
  const resources: unknown[] = [
    {
      id: pkg.id,
      resourceType: 'ContentPackage',
      name: pkg.technicalName,
      displayName: pkg.name,
      version: pkg.version,
      additionalAttributes: {
        shortText: { attributeValues: [pkg.shortDescription] },
        vendor: { attributeValues: [pkg.vendor] },
      },
    },
  ];
  const entries: Record<string, Uint8Array> = {};
  flows.forEach((flow, i) => {
    const id = `${hashOf(strToU8(flow.id))}${i.toString(16).padStart(4, '0')}`;
    resources.push({
      id,
      resourceType: 'IFlow',
      name: flow.name,
      displayName: flow.name,
      uniqueId: flow.id,
      version: '1.0.0',
    });
    entries[`${id}_content`] = zip(artifactEntries(flow));
  });
  // The Script Collections the flows' scripts came from, each once.
  const collections = new Map<string, Map<string, ScriptResource>>();
  for (const flow of flows)
    for (const s of flow.resources.scripts)
      if (s.collection) {
        const c = collections.get(s.collection) ?? new Map<string, ScriptResource>();
        if (!c.has(s.name)) c.set(s.name, s);
        collections.set(s.collection, c);
      }
  [...collections].forEach(([bundle, scripts], i) => {
    const id = `${hashOf(strToU8(bundle))}c${i.toString(16).padStart(3, '0')}`;
    resources.push({
      id,
      resourceType: 'ScriptCollection',
      name: bundle,
      displayName: bundle,
      version: '1.0.0',
    });
    entries[`${id}_content`] = scriptCollectionZip(bundle, [...scripts.values()]);
  });
  entries['resources.cnt'] = strToU8(toBase64(strToU8(JSON.stringify({ resources }))));
  entries['contentmetadata.md'] = strToU8(toBase64(strToU8(pkg.description)));
  return zip(entries);
}

/** A Script Collection artifact as CPI exports it: its manifest and script/ folder. */
function scriptCollectionZip(bundle: string, scripts: readonly ScriptResource[]): Uint8Array {
  const mf = [
    'Manifest-Version: 1.0',
    'Bundle-ManifestVersion: 2',
    `Bundle-Name: ${bundle}`,
    `Bundle-SymbolicName: ${bundle}`,
    'Bundle-Version: 1.0.0',
    'SAP-BundleType: ScriptCollection',
    'SAP-NodeType: IFLMAP',
    '',
  ].join('\r\n');
  const out: Record<string, Uint8Array> = { 'META-INF/MANIFEST.MF': strToU8(mf) };
  for (const s of scripts) out[`${SCRIPT_DIR}${s.name}`] = strToU8(s.content);
  return zip(out);
}

export function toBase64(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 0x8000)
    s += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array {
  const s = atob(text.replace(/\s+/g, ''));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
