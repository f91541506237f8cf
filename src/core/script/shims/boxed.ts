// java.lang.Integer / Long / Double / Float objects as Rhino hands them to scripts from valueOf():
// typeof "object", not === to a number, but a number wherever JavaScript wants a primitive
// (== 42, + 1, * 2), Java's toString ("3.0" for a Double), and a JSON number.
import { javaDoubleString } from './javaText';

export type NumberKind = 'Integer' | 'Long' | 'Double' | 'Float';

export class JavaNumber {
  readonly #kind: NumberKind;
  readonly #n: number;
  constructor(kind: NumberKind, n: number) {
    this.#kind = kind;
    this.#n = kind === 'Integer' ? n | 0 : kind === 'Long' ? Math.trunc(n) : n;
  }
  valueOf(): number {
    return this.#n;
  }
  toString(): string {
    return this.#kind === 'Double' || this.#kind === 'Float'
      ? javaDoubleString(this.#n)
      : String(this.#n);
  }
  toJSON(): number {
    return this.#n;
  }
  intValue(): number {
    return Math.trunc(this.#n) | 0;
  }
  longValue(): number {
    return Math.trunc(this.#n);
  }
  doubleValue(): number {
    return this.#n;
  }
  floatValue(): number {
    return Math.fround(this.#n);
  }
  /** As Java: same type and same value (Integer 1 is not Long 1). */
  equals(o: unknown): boolean {
    return o instanceof JavaNumber && o.#kind === this.#kind && o.#n === this.#n;
  }
  compareTo(o: unknown): number {
    const other = Number(o);
    return this.#n < other ? -1 : this.#n > other ? 1 : 0;
  }
  hashCode(): number {
    return this.#kind === 'Integer' ? this.#n : Math.trunc(this.#n) | 0;
  }
  kind(): NumberKind {
    return this.#kind;
  }
}
