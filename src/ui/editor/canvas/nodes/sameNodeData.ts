/**
 * memo() comparison for node views that draw only their id and data: the position, size,
 * selection and drag state React Flow also passes are drawn by its wrapper (and canvas.css), so
 * moving or selecting 1,000 steps re-renders none of them. The node mapper keeps `data`
 * identical while what it holds is unchanged.
 */
export function sameNodeData(a: { id: string; data: unknown }, b: { id: string; data: unknown }) {
  return a.id === b.id && a.data === b.data;
}
