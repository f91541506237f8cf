// One printed figure of `npm run bench`. A figure whose part could not run has value null and
// says why in `note`, so one broken part never hides the others.
export interface Figure {
  /** Which issue asks for it, e.g. "#2 designer". */
  area: string;
  label: string;
  value: number | null;
  unit: string;
  /** The target, printed beside the value (never asserted). */
  target?: string;
  note?: string;
  /** Extra detail for bench.json only (e.g. the files summed), not printed. */
  details?: string[];
}

/** Collects figures; `part` runs one measurement and turns any failure into n/a rows. */
export class Figures {
  readonly rows: Figure[] = [];

  add(figure: Figure): void {
    this.rows.push(figure);
  }

  na(area: string, labels: string[], reason: string): void {
    for (const label of labels) this.add({ area, label, value: null, unit: '', note: reason });
  }

  /**
   * Runs `measure`; when it throws, every label in `labels` is printed as n/a with the reason.
   * Labels already added by the part before it failed are kept and not repeated.
   */
  async part(area: string, labels: string[], measure: () => Promise<void>): Promise<void> {
    const before = this.rows.length;
    const started = Date.now();
    try {
      await measure();
    } catch (e) {
      const done = new Set(this.rows.slice(before).map((r) => r.label));
      const reason = reasonOf(e);
      this.na(
        area,
        labels.filter((l) => !done.has(l)),
        reason,
      );
    }
    process.stderr.write(`  [bench] ${area}: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
}

export function reasonOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  // First line only: stack traces and Playwright call logs do not fit a table cell.
  return (text.split('\n')[0] ?? '').slice(0, 160);
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

/** Rejects when `promise` takes longer than `ms`, so one hung part cannot stall the bench. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
