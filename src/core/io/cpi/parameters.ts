import type { ExternalParameter } from '../../model/flow';
import { CpiImportError } from './errors';
import { kid, kids, parseXml, textOf } from './xml';

/**
 * parameters.prop is a Java properties file: `key=value` lines, `#`/`!` comments, `\` escapes
 * (a space in a key is `\ `), and a trailing `\` continuing the line.
 */
export function readProperties(text: string): [string, string][] {
  const out: [string, string][] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/^\s+/, '');
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length)
      line = line.slice(0, -1) + lines[++i]!.replace(/^\s+/, '');
    let key = '';
    let j = 0;
    for (; j < line.length; j++) {
      const c = line[j]!;
      if (c === '\\' && j + 1 < line.length) {
        key += unescapeChar(line, j);
        j += escapeLength(line, j) - 1;
        continue;
      }
      if (c === '=' || c === ':' || c === ' ' || c === '\t') break;
      key += c;
    }
    const rest = line.slice(j).replace(/^[ \t]*[=:]?[ \t]*/, '');
    let value = '';
    for (let k = 0; k < rest.length; k++) {
      if (rest[k] === '\\' && k + 1 < rest.length) {
        value += unescapeChar(rest, k);
        k += escapeLength(rest, k) - 1;
      } else value += rest[k];
    }
    out.push([key, value]);
  }
  return out;
}

function escapeLength(s: string, at: number): number {
  return s[at + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(at + 2, at + 6)) ? 6 : 2;
}

function unescapeChar(s: string, at: number): string {
  const c = s[at + 1]!;
  if (c === 'u' && escapeLength(s, at) === 6)
    return String.fromCharCode(Number.parseInt(s.slice(at + 2, at + 6), 16));
  return c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c === 'f' ? '\f' : c;
}

const escKey = (s: string) => escValue(s).replace(/ /g, '\\ ');
function escValue(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/([=:#!])/g, '\\$1')
    .replace(/^ /, '\\ ');
}

export function writeProperties(entries: [string, string][]): string {
  return `#Store parameters\n${entries.map(([k, v]) => `${escKey(k)}=${escValue(v)}`).join('\n')}\n`;
}

/** parameters.prop (values) and parameters.propdef (types) into the flow's parameters. */
export function readParameters(
  prop: string | undefined,
  propdef: string | undefined,
  file: string,
): Record<string, ExternalParameter> {
  const params: Record<string, ExternalParameter> = Object.create(null) as Record<
    string,
    ExternalParameter
  >;
  if (prop !== undefined)
    for (const [k, v] of readProperties(prop)) if (k) params[k] = { value: v };
  if (propdef !== undefined && propdef.trim()) {
    let root;
    try {
      root = parseXml(propdef, `${file}/parameters.propdef`);
    } catch (e) {
      if (e instanceof CpiImportError) throw e;
      throw e;
    }
    for (const p of kids(kid(root, 'parameters'), 'parameter')) {
      const name = textOf(p.name).trim();
      if (!name) continue;
      const type = textOf(p.type).trim();
      const required = textOf(p.isRequired).trim() === 'true';
      params[name] = {
        value: params[name]?.value ?? '',
        ...(type ? { type } : {}),
        ...(required ? { required } : {}),
      };
    }
  }
  return { ...params };
}

/**
 * parameters.propdef: a definition for each parameter that has a type or is required. A
 * parameter without one (CPI content often has values in parameters.prop only) gets none, so
 * an export imports as it came.
 */
export function writeParameterDefs(params: Record<string, ExternalParameter>): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const rows = Object.entries(params)
    .filter(([, p]) => p.type || p.required)
    .map(
      ([name, p]) =>
        `<parameter><name>${esc(name)}</name><type>${esc(p.type || 'xsd:string')}</type><isRequired>${p.required ? 'true' : 'false'}</isRequired><description/></parameter>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?><parameters>${rows}</parameters>\n`;
}
