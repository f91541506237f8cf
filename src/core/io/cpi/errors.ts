/** A CPI file that cannot be imported: the message names the file and what is wrong with it. */
export class CpiImportError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'CpiImportError';
  }
}
