import { createStore } from 'zustand/vanilla';

// App-wide messages shown in the shell's live regions: toasts (role="status", polite) and
// errors (role="alert", assertive). Any part of the UI may call `toast` or `alertError`.

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

interface NoticeState {
  notices: Notice[];
}

export const noticeStore = createStore<NoticeState>(() => ({ notices: [] }));

let nextId = 1;
const TOAST_MS = 4000;
const ERROR_MS = 10000;

export function dismissNotice(id: number): void {
  noticeStore.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

function push(kind: Notice['kind'], text: string, ms: number): number {
  const id = nextId++;
  // Keep the list short: a burst of notices should not fill the screen.
  noticeStore.setState((s) => ({ notices: [...s.notices, { id, kind, text }].slice(-4) }));
  setTimeout(() => dismissNotice(id), ms);
  return id;
}

/** A short confirmation ("Package created"). */
export function toast(text: string): number {
  return push('info', text, TOAST_MS);
}

/** An error the user must notice ("Could not read file"). */
export function alertError(text: string): number {
  return push('error', text, ERROR_MS);
}
