import { useEffect, useState } from 'react';
import { applyTheme, loadTheme, type Theme } from './theme';

/** Switch between light and dark; the choice is remembered. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(loadTheme);
  const [touched, setTouched] = useState(false);
  useEffect(() => applyTheme(theme, touched), [theme, touched]);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="btn btn-ghost btn-icon"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => {
        setTouched(true);
        setTheme(next);
      }}
    >
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
