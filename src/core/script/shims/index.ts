// Entry of the shim bundle (scripts/build-prelude.ts): installs every shim module and returns their
// classes by Java name; the prelude adds them to its class registry.
import { installBigDecimal } from './bigDecimal';
import { installCharsets } from './charsets';
import { installDom } from './dom';
import type { ClassTable, ShimEnv } from './env';
import { installJavaTime } from './javaTime';
import { installStreams } from './streams';
import { installUrlCodec } from './urlCodec';

export function installShims(env: ShimEnv): ClassTable {
  return {
    ...installBigDecimal(env),
    ...installUrlCodec(env),
    ...installStreams(env),
    ...installDom(env),
    ...installJavaTime(env),
    ...installCharsets(env),
  };
}
export { JavaNumber } from './boxed';
export { installGroovy } from './groovy';
export { installJavaUtil } from './javaUtil';
export * as javaLang from './javaLang';
export * as javaString from './javaString';
export * as collections from './collections';
export * as messageApi from './messageApi';
export * as plain from './plain';
export * as packages from './packages';
