// Apache Camel export: the codec core (step types write their own processors, codecs.camel).
export { camelRoute, exportCamelYaml, exportCamelK, CamelExportError } from './exportCamel';
