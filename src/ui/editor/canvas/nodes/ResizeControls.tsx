import { NodeResizeControl, ResizeControlVariant } from '@xyflow/react';

export interface ResizeControlsProps {
  minWidth: number;
  minHeight: number;
  /** Show the bottom-right grip too. */
  corner: boolean;
}

/**
 * Resizing of the pool and container steps: from the right and bottom edges only, so the steps
 * inside never need to shift; the size is committed once the gesture ends.
 */
export function ResizeControls({ minWidth, minHeight, corner }: ResizeControlsProps) {
  const min = { minWidth, minHeight };
  return (
    <>
      <NodeResizeControl
        variant={ResizeControlVariant.Line}
        position="right"
        {...min}
        className="ifs-pool__resize"
      />
      <NodeResizeControl
        variant={ResizeControlVariant.Line}
        position="bottom"
        {...min}
        className="ifs-pool__resize"
      />
      {corner && (
        <NodeResizeControl
          position="bottom-right"
          {...min}
          className="ifs-pool__resize ifs-pool__corner"
        />
      )}
    </>
  );
}
