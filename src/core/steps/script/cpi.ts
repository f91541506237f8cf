import type { CpiStepCodec } from '../../registry/cpiCodec';
import type { ScriptConfig } from './index';

const isGroovy = (file: string) => !/\.js$/i.test(file);

/** Script step: `script` names the file under script/, `scriptFunction` the function. */
export const scriptCpi: CpiStepCodec<ScriptConfig> = {
  element: 'callActivity',
  activityType: 'Script',
  subActivityTypes: ['JavaScript', 'GroovyScript'],
  cmdVariantUri: (c) =>
    isGroovy(c.scriptFile)
      ? 'ctype::FlowstepVariant/cname::GroovyScript/version::1.1.2'
      : 'ctype::FlowstepVariant/cname::JavaScript/version::1.1.0',
  componentVersion: '1.1',
  read: (props, ctx) => {
    const ref = props.str('script');
    const name = ref ? ctx.scriptName(ref) : undefined;
    if (ref && !name) ctx.warn(`script "${ref}" is not in the archive`);
    return {
      scriptFile: name ?? ref.replace(/^.*\//, ''),
      functionName: props.str('scriptFunction'),
    };
  },
  write: (c) => ({
    subActivityType: isGroovy(c.scriptFile) ? 'GroovyScript' : 'JavaScript',
    script: c.scriptFile,
    scriptFunction: c.functionName,
  }),
};
