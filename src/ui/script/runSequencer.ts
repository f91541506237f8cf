/**
 * Orders preview runs: every run takes a sequence number and its result is applied only when no
 * newer run has been applied yet, so a slow older run never overwrites a newer result.
 */
export class RunSequencer {
  private issued = 0;
  private applied = 0;

  /** Number for a run that starts now. */
  next(): number {
    this.issued += 1;
    return this.issued;
  }

  /** True (and remembered) when the result of run `seq` may be shown. */
  accept(seq: number): boolean {
    if (seq <= this.applied) return false;
    this.applied = seq;
    return true;
  }

  /** True while the newest started run has not delivered its result. */
  get pending(): boolean {
    return this.issued > this.applied;
  }
}
