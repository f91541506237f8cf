import type { CpiStepCodec } from '../../registry/cpiCodec';
import type { XsltMappingConfig } from './config';
import { MAPPING_DIR } from './resources';

const URI_PREFIX = 'dir://mapping/xslt/';

/**
 * CPI's XSLT Mapping (activityType Mapping, cname XSLTMapping, versions 1.1 to 1.2.0 and the
 * unversioned one that says mappingType instead of subActivityType). The stylesheet is named
 * three ways (mappinguri, mappingname without extension, mappingpath without extension); the
 * uri is the one with the file's extension, so it is read first.
 */
export const xsltMappingCpi: CpiStepCodec<XsltMappingConfig> = {
  element: 'callActivity',
  activityType: 'Mapping',
  subActivityTypes: ['XSLTMapping'],
  variantName: 'XSLTMapping',
  cmdVariantUri: () => 'ctype::FlowstepVariant/cname::XSLTMapping/version::1.2.0',
  componentVersion: '1.2',
  read: (p) => {
    const uri = p.str('mappinguri');
    const path = p.str('mappingpath');
    const name = p.str('mappingname');
    const file = uri.startsWith(URI_PREFIX + MAPPING_DIR)
      ? uri.slice((URI_PREFIX + MAPPING_DIR).length)
      : (uri || path || name).replace(/^.*\//, '');
    p.get('mappingType');
    return {
      source: p.str('mappingSource') === 'mappingSrcHeader' ? 'header' : 'iflow',
      mappingFile: file,
      headerName: p.str('mappingHeaderNameKey'),
      outputFormat: p.str('mappingoutputformat') === 'String' ? 'String' : 'Bytes',
    };
  },
  write: (c) => {
    const base = c.mappingFile.replace(/\.xslt?$/i, '');
    const own: Record<string, string> =
      c.source === 'header'
        ? { mappingpath: '' }
        : {
            mappinguri: c.mappingFile ? URI_PREFIX + MAPPING_DIR + c.mappingFile : '',
            mappingname: base,
            mappingpath: c.mappingFile ? MAPPING_DIR + base : '',
          };
    return {
      subActivityType: 'XSLTMapping',
      ...own,
      mappingSource: c.source === 'header' ? 'mappingSrcHeader' : 'mappingSrcIflow',
      mappingHeaderNameKey: c.headerName,
      mappingoutputformat: c.outputFormat,
    };
  },
};
