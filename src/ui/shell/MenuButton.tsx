import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './menuButton.css';

export interface MenuItem {
  /** The item's accessible name and visible text. */
  label: string;
  /** A short second line (for example the file type). */
  hint?: string;
  onSelect: () => void;
}

interface Props {
  /** The button's accessible name and visible text. */
  label: ReactNode;
  /** The button's name for assistive technology when `label` is not plain text. */
  ariaLabel?: string;
  title?: string;
  items: MenuItem[];
}

/**
 * A button that opens a small menu (WAI-ARIA menu button pattern): Enter, Space or ArrowDown
 * open it on the first item, ArrowUp on the last; arrows, Home and End move; Escape and Tab close
 * it; a click outside closes it. Focus returns to the button when an item is chosen or Escape.
 */
export function MenuButton({ label, ariaLabel, title, items }: Props) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menuRef.current?.contains(t) && !buttonRef.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer, true);
    return () => document.removeEventListener('pointerdown', onPointer, true);
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const el = menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active];
    el?.focus();
  }, [open, active]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const choose = (item: MenuItem) => {
    close(true);
    item.onSelect();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(items.length - 1);
    }
  };

  const onMenuKey = (e: KeyboardEvent) => {
    const n = items.length;
    const moves: Record<string, () => number> = {
      ArrowDown: () => (active + 1) % n,
      ArrowUp: () => (active - 1 + n) % n,
      Home: () => 0,
      End: () => n - 1,
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      setActive(move());
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') {
      close(false);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const item = items[active];
      if (item) choose(item);
    }
  };

  return (
    <span className="ifs-menu-button">
      <button
        ref={buttonRef}
        type="button"
        className="ifs-btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={ariaLabel}
        title={title}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={ariaLabel ?? (typeof label === 'string' ? label : undefined)}
          className="ifs-menu"
          onKeyDown={onMenuKey}
        >
          {items.map((item, i) => (
            <button
              key={item.label}
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              className="ifs-menu__item"
              onClick={() => choose(item)}
              onMouseEnter={() => setActive(i)}
            >
              <span>{item.label}</span>
              {item.hint && <span className="ifs-menu__hint">{item.hint}</span>}
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
