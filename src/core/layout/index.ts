export { computeLayout } from './computeLayout';
export { layoutFlow } from './layoutFlow';
export {
  stepSize,
  participantSize,
  isOwnPool,
  nextOwnPoolPosition,
  overlapsPools,
  POOL_GAP,
} from './sizes';
