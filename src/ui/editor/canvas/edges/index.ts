import type { EdgeTypes } from '@xyflow/react';
import { MessageEdge } from './MessageEdge';

/** Stable object (module level), like nodeTypes. Sequence flows use the built-in smoothstep. */
export const edgeTypes: EdgeTypes = { message: MessageEdge };
