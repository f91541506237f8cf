export { computeLayout } from './computeLayout';
export { layoutFlow } from './layoutFlow';
export { stepSize, participantSize } from './sizes';
