export type PathSegment = string | number;

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** `['process','steps',2,'type']` → `process.steps[2].type`; odd keys as `["a b"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out || '(file)';
}

/** One reason an import was refused, at a path inside the file. */
export interface ImportError {
  path: string;
  message: string;
}

export function issue(path: readonly PathSegment[], message: string): ImportError {
  return { path: formatPath(path), message };
}

/** `process.steps[2].type: unknown step type "Foo"`: one line for lists and toasts. */
export function describeError(e: ImportError): string {
  return `${e.path}: ${e.message}`;
}
