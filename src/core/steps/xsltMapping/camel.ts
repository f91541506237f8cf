import type { CamelStepCodec } from '../../registry/camelCodec';
import type { XsltMappingConfig } from './config';
import { findStylesheet, MAPPING_DIR } from './resources';

/**
 * XSLT Mapping → `to: xslt-saxon:mapping/<file>` (Saxon, as CPI runs it), the stylesheet on the
 * classpath where CPI's archive keeps it (src/main/resources/mapping/). A stylesheet a header
 * names at run time has no static Camel mapping and is refused.
 */
export const xsltMappingCamel: CamelStepCodec<XsltMappingConfig> = {
  write(config, step, ctx) {
    if (config.source === 'header')
      return ctx.refuse(
        step,
        `the stylesheet is named at run time by the header "${config.headerName}", which has no Camel mapping; choose a flow resource as its source`,
      );
    const file = findStylesheet(ctx.flow, config.mappingFile);
    if (!file) return ctx.refuse(step, `stylesheet "${config.mappingFile}" is missing`);
    const path = file.path.slice('src/main/resources/'.length);
    return [{ to: { uri: `xslt-saxon:${encodeURI(path)}` } }];
  },
};

/** The classpath folder of the exported stylesheets (beside the route). */
export const CAMEL_MAPPING_DIR = MAPPING_DIR.slice('src/main/resources/'.length);
