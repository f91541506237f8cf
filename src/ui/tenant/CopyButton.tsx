import { useState } from 'react';

/** Copies `text` to the clipboard; the label says "Copied" for a moment. */
export function CopyButton({
  text,
  label = 'Copy',
  className = 'btn btn-sm',
  compact = false,
}: {
  text: string;
  label?: string;
  className?: string;
  /** Shows an icon instead of the label (which stays the accessible name and the tooltip). */
  compact?: boolean;
}) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard refused (insecure context, permissions): select-and-copy is still possible.
      return;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button
      type="button"
      className={className}
      onClick={() => void copy()}
      aria-label={label}
      title={compact ? label : undefined}
    >
      {compact ? (
        copied ? (
          <span aria-hidden="true">✓</span>
        ) : (
          <CopyIcon />
        )
      ) : copied ? (
        'Copied'
      ) : (
        label
      )}
    </button>
  );
}

/** Two overlapping sheets, drawn in the text colour. */
function CopyIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect
        x="5"
        y="5"
        width="9"
        height="9"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
      <path
        d="M11 3.5V3a1.5 1.5 0 0 0-1.5-1.5h-6A1.5 1.5 0 0 0 2 3v6a1.5 1.5 0 0 0 1.5 1.5H4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
    </svg>
  );
}
