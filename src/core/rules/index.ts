export { canConnect, type ConnectCheck, type ConnectOptions } from './canConnect';
export { canAdd, type AddCheck } from './canAdd';
export { typeNoun, withArticle } from './describe';
