import { useStore } from 'zustand';
import { dismissNotice, noticeStore, type Notice } from './notify';

function NoticeItem({ n }: { n: Notice }) {
  return (
    <div className={`notice notice-${n.kind}`}>
      <span>{n.text}</span>
      <button
        type="button"
        className="btn btn-ghost btn-icon btn-sm"
        aria-label="Dismiss"
        onClick={() => dismissNotice(n.id)}
      >
        ×
      </button>
    </div>
  );
}

/** The live regions stay mounted so screen readers announce what is added to them. */
export function Notices() {
  const notices = useStore(noticeStore, (s) => s.notices);
  return (
    <div className="notices">
      <div role="status" aria-live="polite">
        {notices
          .filter((n) => n.kind === 'info')
          .map((n) => (
            <NoticeItem key={n.id} n={n} />
          ))}
      </div>
      <div role="alert" aria-live="assertive">
        {notices
          .filter((n) => n.kind === 'error')
          .map((n) => (
            <NoticeItem key={n.id} n={n} />
          ))}
      </div>
    </div>
  );
}
