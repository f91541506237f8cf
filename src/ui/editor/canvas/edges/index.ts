import type { EdgeTypes } from '@xyflow/react';
import { BentEdge } from './BentEdge';
import { MessageEdge } from './MessageEdge';

/**
 * Stable object (module level), like nodeTypes. Sequence flows use the built-in smoothstep, or
 * CPI's own bends for an imported link whose ends have not moved.
 */
export const edgeTypes: EdgeTypes = { message: MessageEdge, bent: BentEdge };
