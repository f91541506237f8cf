// Light/dark theme: remembered in localStorage, defaulting to the system preference.
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'ifs.theme';

/** The theme to start with: a valid stored choice wins, otherwise the system preference. */
export function initialTheme(stored: string | null, prefersDark: boolean): Theme {
  if (stored === 'light' || stored === 'dark') return stored;
  return prefersDark ? 'dark' : 'light';
}

function readStored(): string | null {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null; // storage may be blocked (privacy mode); fall back to the system preference
  }
}

export function loadTheme(): Theme {
  const prefersDark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return initialTheme(readStored(), prefersDark);
}

export function applyTheme(theme: Theme, remember: boolean): void {
  document.documentElement.dataset.theme = theme;
  if (!remember) return;
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // not remembered; the theme still applies for this session
  }
}
