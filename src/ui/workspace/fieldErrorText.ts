import type { FieldError } from '../../core/workspace';

/** One line for a dialog from the store's field errors ("Technical Name: already used"). */
export function fieldErrorText(errors: readonly FieldError[]): string {
  return errors.map((e) => e.message).join('; ') || 'Could not save';
}
