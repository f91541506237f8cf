import type { CamelStepCodec } from '../../registry/camelCodec';
import { DEFAULT_FUNCTION } from '../../script/template';
import type { ScriptConfig } from './index';
import { groovyForCamel } from './camelGroovy';

/**
 * CPI's Message API over a Camel exchange, for Camel's `js` language (GraalJS). Differences
 * from CPI (README "Camel export"): getBody takes no class (always a String), header and
 * property values are Java objects, no messageLogFactory, no Java shims (importClass).
 */
const ADAPTER = `var ifsExchangeMessage = exchange.getMessage();
var ifsMessage = {
  getBody: function () { return ifsExchangeMessage.getBody(Java.type('java.lang.String')); },
  setBody: function (body) { ifsExchangeMessage.setBody(body); },
  getHeader: function (name) { return ifsExchangeMessage.getHeader(name); },
  setHeader: function (name, value) { ifsExchangeMessage.setHeader(name, value); },
  getHeaders: function () { return ifsExchangeMessage.getHeaders(); },
  getProperty: function (name) { return exchange.getProperty(name); },
  setProperty: function (name, value) { exchange.setProperty(name, value); },
  getProperties: function () { return exchange.getProperties(); }
};
`;

/**
 * Script step → Camel `script` with the `js` or `groovy` language, the user's script behind an
 * adapter that gives it CPI's Message API.
 */
export const scriptCamel: CamelStepCodec<ScriptConfig> = {
  write(config, step, ctx) {
    const resource = ctx.flow.resources.scripts.find((s) => s.name === config.scriptFile);
    if (!resource) return ctx.refuse(step, `script file "${config.scriptFile}" is missing`);
    const fn = config.functionName || DEFAULT_FUNCTION;
    if (resource.language === 'groovy')
      return [{ script: { groovy: { expression: groovyForCamel(resource.content, fn) } } }];
    if (resource.language !== 'javascript')
      ctx.refuse(step, `${resource.language} scripts have no Camel mapping`);
    return [
      { script: { js: { expression: `${ADAPTER}${resource.content}\n${fn}(ifsMessage);\n` } } },
    ];
  },
};
