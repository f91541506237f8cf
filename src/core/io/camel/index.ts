// Apache Camel export: the codec core (step types write their own processors, codecs.camel).
export {
  camelRoute,
  camelRoutes,
  exportCamelYaml,
  exportCamelK,
  CamelExportError,
} from './exportCamel';
