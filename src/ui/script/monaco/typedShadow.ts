/**
 * CPI scripts declare `function processData(message)` without types, so TypeScript sees `message`
 * as `any` and would offer no completion. The language service therefore also gets a "typed
 * shadow" of each script: the same text with `/** @param {Message} x *\/` inserted before every
 * function whose first parameter is the message (processData, or a parameter named message/msg).
 * Completion, hover and signature help are asked on the shadow; positions map both ways.
 */

export interface Insertion {
  /** Offset in the original text where the annotation goes. */
  at: number;
  text: string;
}

export interface TypedShadow {
  text: string;
  toShadow(offset: number): number;
  /** Offsets inside an inserted annotation map to the insertion point. */
  fromShadow(offset: number): number;
}

const FUNCTION = /\bfunction\s+([A-Za-z_$][\w$]*)\s*\(\s*([A-Za-z_$][\w$]*)/g;
const MESSAGE_PARAM = /^(message|msg)$/i;

export function findInsertions(source: string, entry = 'processData'): Insertion[] {
  const insertions: Insertion[] = [];
  for (const match of source.matchAll(FUNCTION)) {
    const [, name = '', param = ''] = match;
    if (name === entry || MESSAGE_PARAM.test(param)) {
      insertions.push({ at: match.index, text: `/** @param {Message} ${param} */ ` });
    }
  }
  return insertions;
}

export function typedShadow(source: string, entry?: string): TypedShadow {
  const insertions = findInsertions(source, entry);
  let text = '';
  let last = 0;
  for (const ins of insertions) {
    text += source.slice(last, ins.at) + ins.text;
    last = ins.at;
  }
  text += source.slice(last);
  return {
    text,
    toShadow(offset) {
      let shift = 0;
      for (const ins of insertions) if (ins.at <= offset) shift += ins.text.length;
      return offset + shift;
    },
    fromShadow(offset) {
      let shift = 0;
      for (const ins of insertions) {
        const start = ins.at + shift;
        if (offset < start) break;
        if (offset < start + ins.text.length) return ins.at;
        shift += ins.text.length;
      }
      return offset - shift;
    },
  };
}
