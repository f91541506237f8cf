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
    // Read without marking it mapped: it stays in the step's CPI properties, exported as it came.
    const bundle = ctx.all.find(([k]) => k === 'scriptBundleId')?.[1]?.trim();
    if (ref && !name)
      ctx.warn(
        bundle
          ? `script "${ref}" belongs to the Script Collection "${bundle}", which is not in this archive; import the package export that holds the collection to run it`
          : `script "${ref}" is not in the archive`,
      );
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
