/** Id of the Properties panel's heading (focusable with tabIndex -1). */
export const PROPERTIES_TITLE_ID = 'ifs-props-title';

/**
 * Moves the focus to the Properties heading once React has drawn the new selection's form, so
 * a keyboard user who just replaced the panel's content (connect) continues from its top.
 */
export function focusPropertiesTitle(): void {
  setTimeout(() => document.getElementById(PROPERTIES_TITLE_ID)?.focus(), 0);
}
