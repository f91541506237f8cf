import { useRef, type ReactNode } from 'react';

export interface FileButtonProps {
  children: ReactNode;
  /** Accessible name of the hidden file input (e2e tests may call setInputFiles on it). */
  inputLabel: string;
  accept?: string;
  className?: string;
  onFile: (file: File) => void;
}

/** A button that opens the file picker; the real <input type="file"> stays hidden. */
export function FileButton({ children, inputLabel, accept, className, onFile }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className ?? 'btn'} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={inputLabel}
        accept={accept ?? '.json,application/json'}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ''; // choosing the same file again must fire change again
          if (file) onFile(file);
        }}
      />
    </>
  );
}
