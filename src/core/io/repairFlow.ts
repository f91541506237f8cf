import { defaultSettings } from '../model/factory';
import { formatPath, type PathSegment } from './paths';

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Fills keys missing from `target` with `defaults` (recursing into objects), with a warning each. */
function fillMissing(target: Raw, defaults: Raw, path: PathSegment[], warnings: string[]): Raw {
  const out: Raw = { ...target };
  for (const [key, def] of Object.entries(defaults)) {
    if (!(key in target)) {
      out[key] = def;
      warnings.push(
        `${formatPath([...path, key])}: missing, set to the default ${JSON.stringify(def)}`,
      );
    } else if (isObject(def) && isObject(target[key])) {
      out[key] = fillMissing(target[key], def, [...path, key], warnings);
    }
  }
  return out;
}

/**
 * Repairs what an older or hand-written file may leave out and has an obvious default:
 * description, empty collections, settings. Anything structural is left for the schema to refuse.
 */
export function repairFlow(raw: Raw, prefix: PathSegment[], warnings: string[]): Raw {
  const top = fillMissing(
    raw,
    { description: '', messageFlows: [], resources: { scripts: [] }, samples: {}, testCases: [] },
    prefix,
    warnings,
  );
  if (!('settings' in top)) {
    warnings.push(`${formatPath([...prefix, 'settings'])}: missing, set to the defaults`);
    return { ...top, settings: defaultSettings() };
  }
  if (isObject(top.settings))
    top.settings = fillMissing(
      top.settings,
      { ...defaultSettings() },
      [...prefix, 'settings'],
      warnings,
    );
  return top;
}
