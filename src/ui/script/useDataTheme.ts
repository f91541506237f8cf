import { useSyncExternalStore } from 'react';

export type AppTheme = 'light' | 'dark';

const read = (): AppTheme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

function subscribe(onChange: () => void): () => void {
  // The shell switches themes by setting data-theme on <html>; watch that attribute.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** The app's current theme, live. */
export function useDataTheme(): AppTheme {
  return useSyncExternalStore(subscribe, read, () => 'light');
}
