import { basename, extname } from 'node:path';
import { importPackage, loadErrorText, loadFlow } from '../core/io';
import { CpiImportError, importCpiArchive } from '../core/io/cpi';
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
export function loadFlowFile(file: string): LoadedFile {
  const bytes = readInput(file);
  const path = inputName(file);
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
export function loadOneFlow(file: string): { flow: Flow; warnings: string[] } {
  const { flows, warnings } = loadFlowFile(file);
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
function loadCpi(bytes: Uint8Array, path: string): LoadedFile {
  const name = basename(path);
  try {
    const { flows, warnings } = importCpiArchive(bytes, name);
    return { flows, warnings };
  } catch (e) {
    if (e instanceof CpiImportError) throw new CliError(`${path}: ${e.detail}`);
    throw e;
  }
}
