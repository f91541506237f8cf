import { memo } from 'react';

/** Registry icon: SVG path data on a 24×24 viewBox, drawn as an outline in the current colour. */
export const NodeIcon = memo(function NodeIcon({
  path,
  size = 18,
}: {
  path: string;
  size?: number;
}) {
  return (
    <svg
      className="ifs-node-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={path}
        fill="none"
        stroke="currentColor"
        strokeWidth={1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
});
