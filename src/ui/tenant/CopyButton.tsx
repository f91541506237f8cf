import { useState } from 'react';

/** Copies `text` to the clipboard; the label says "Copied" for a moment. */
export function CopyButton({
  text,
  label = 'Copy',
  className = 'btn btn-sm',
}: {
  text: string;
  label?: string;
  className?: string;
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
    <button type="button" className={className} onClick={() => void copy()} aria-label={label}>
      {copied ? 'Copied' : label}
    </button>
  );
}
