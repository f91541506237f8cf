import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { importPackage, loadErrorText, loadFlow } from '../core/io';
import { CpiImportError, importCpiArchive, ZIP_LIMITS } from '../core/io/cpi';
import { zip } from '../core/io/cpi/zip';
import type { Flow } from '../core/model/flow';
import { CliError } from './cliError';
import { inputName, readInput } from './io';

export interface LoadedFile {
  flows: Flow[];
  warnings: string[];
}

/** True when the bytes start like a zip archive (local file header "PK\3\4"). */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Text up to the first non-space character, to tell XML from JSON without trusting names. */
function firstChar(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes.subarray(0, 64)).trimStart().charAt(0);
}

/**
 * Reads a flow file as the CLI accepts it everywhere: our JSON export (a flow, or a package
 * export with its flows), a CPI .iflw or a CPI artifact or package .zip. Every form ends in the one load door (loadFlow); errors are one line that
 * names the file.
 */
export async function loadFlowFile(file: string): Promise<LoadedFile> {
  const path = inputName(file);
  const folder = artifactFolder(file);
  if (folder) return loadCpi(folderArchive(folder, path), path);
  const bytes = readInput(file);
  // Say so, not "not valid JSON (line 1, column 1)": an empty download is a common mishap.
  if (bytes.length === 0)
    throw new CliError(
      `${path}: is empty (0 bytes); expected a flow (.json), a CPI .iflw or a CPI archive (.zip)`,
    );
  if (isZip(bytes) || firstChar(bytes) === '<' || extname(path).toLowerCase() === '.iflw')
    return loadCpi(bytes, path);
  const text = new TextDecoder().decode(bytes);
  // A package export of the app (`<name>.package.json`): the same reader as the app's import.
  if (/^\s*\{[\s\S]{0,200}?"kind"\s*:\s*"ifs-package"/.test(text)) {
    const pkg = importPackage(text);
    if (!pkg.ok) throw new CliError(`${path}: not a valid package: ${loadErrorText(pkg)}`);
    return { flows: pkg.flows, warnings: pkg.warnings };
  }
  const result = loadFlow(text);
  if (!result.ok) throw new CliError(`${path}: not a valid flow: ${loadErrorText(result)}`);
  return { flows: [result.flow], warnings: result.warnings };
}

/** Exactly one flow from a file (a package export with several flows is refused by name). */
export async function loadOneFlow(file: string): Promise<{ flow: Flow; warnings: string[] }> {
  const { flows, warnings } = await loadFlowFile(file);
  const path = inputName(file);
  const [flow] = flows;
  if (!flow) throw new CliError(`${path}: holds no flow`);
  if (flows.length > 1)
    throw new CliError(
      `${path}: holds ${flows.length} flows (${flows.map((f) => f.name).join(', ')}); import it with "ifs import" and pick one`,
    );
  return { flow, warnings };
}

/** A CPI artifact or package export (.zip) or a bare .iflw, through the CPI codec and the load door. */
async function loadCpi(bytes: Uint8Array, path: string): Promise<LoadedFile> {
  const name = basename(path);
  try {
    const { flows, warnings } = await importCpiArchive(bytes, name);
    return { flows, warnings };
  } catch (e) {
    if (e instanceof CpiImportError) throw new CliError(`${path}: ${e.detail}`);
    throw e;
  }
}

/** Files that mark the root of an unzipped CPI artifact (or package export). */
const ARTIFACT_MARKS = ['META-INF/MANIFEST.MF', 'src/main/resources/scenarioflows/integrationflow'];
const IFLW_IN_ARTIFACT =
  /^(.*)\/src\/main\/resources\/scenarioflows\/integrationflow\/[^/]+\.iflw$/i;

/**
 * The root of the unzipped CPI artifact `file` names, if it does: the folder itself (CPI
 * content kept in git), or the artifact around an .iflw at its place in one (so that its
 * scripts are found). A folder that is no artifact is a one-line error.
 */
function artifactFolder(file: string): string | null {
  if (file === '-') return null;
  const isArtifact = (dir: string) => ARTIFACT_MARKS.some((m) => existsSync(join(dir, m)));
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return null; // readInput names what is wrong
  }
  if (stat.isDirectory()) {
    if (isArtifact(file) || existsSync(join(file, 'resources.cnt'))) return file;
    throw new CliError(
      `${file}: is a directory, expected a file or an unzipped CPI artifact (${ARTIFACT_MARKS[0]})`,
    );
  }
  const root = IFLW_IN_ARTIFACT.exec(resolve(file).replaceAll('\\', '/'))?.[1];
  return root && existsSync(join(root, ARTIFACT_MARKS[0]!)) ? root : null;
}

/** An unzipped artifact's files as the archive they came from, within the archive limits. */
function folderArchive(root: string, name: string): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  let count = 0;
  let total = 0;
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        if (++count > ZIP_LIMITS.entries)
          throw new CliError(`${name}: more than ${ZIP_LIMITS.entries} files`);
        const data = readFileSync(join(root, path));
        total += data.length;
        if (total > ZIP_LIMITS.totalBytes)
          throw new CliError(
            `${name}: more than ${ZIP_LIMITS.totalBytes / 1024 / 1024} MB of files`,
          );
        entries[path] = data;
      }
    }
  };
  walk('');
  return zip(entries);
}
