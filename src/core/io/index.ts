// Public API of the file format: import (the single door), export, bundles, schema. The JSON
// Schema generator (./jsonSchema, z.toJSONSchema: 20 KB) is not here: the app loads this module
// (as a namespace, too) on its first screen, and only `npm run schema` and the tests need it.
export { LIMITS } from './limits';
export { formatPath, describeError, type ImportError, type PathSegment } from './paths';
export { parseJsonSafely, type ParseResult } from './parseJson';
export { flowSchema, type FlowFile } from './flowSchema';
export { migrate, migrations, type MigrateResult } from './migrations';
export { importFlow, importFlowValue, type ImportFlowResult } from './importFlow';
export { loadFlow, loadErrorText } from './loadFlow';
export { exportFlow, flowFileName, safeFileName } from './exportFlow';
export { canonicalFlow } from './canonical';
export { isSecretKey } from './secrets';
export {
  exportPackage,
  importPackage,
  packageFileName,
  packageSchema,
  PACKAGE_KIND,
  type ImportPackageResult,
} from './packageBundle';
