/**
 * What the Groovy editor offers after a dot and at the start of a word: CPI's Message API, the
 * message log, and the GDK methods the studio's Groovy runtime provides (src/core/script/shims/groovy.ts).
 */
export interface GroovyCompletion {
  label: string;
  /** Text inserted (a snippet with ${1} placeholders when it has parameters). */
  insert: string;
  detail: string;
  kind: 'method' | 'class' | 'keyword' | 'snippet';
}

const m = (label: string, args: string, detail: string): GroovyCompletion => ({
  label,
  insert: args ? `${label}(\${1:${args}})` : `${label}()`,
  detail,
  kind: 'method',
});
const c = (label: string, args: string, detail: string): GroovyCompletion => ({
  label,
  insert: `${label} { \${1:${args}} }`,
  detail,
  kind: 'method',
});

/** After `message.`: CPI's com.sap.gateway.ip.core.customdev.util.Message. */
export const MESSAGE_METHODS: GroovyCompletion[] = [
  m(
    'getBody',
    'String',
    'Object getBody(Class type): the body, converted (String, Reader, byte[], InputStream …)',
  ),
  m('setBody', 'body', 'void setBody(Object body)'),
  m('getHeaders', '', 'Map<String, Object> getHeaders(): the headers (names ignore case)'),
  m('getHeader', 'name, String', 'Object getHeader(String name, Class type)'),
  m('setHeader', 'name, value', 'void setHeader(String name, Object value)'),
  m('setHeaders', 'map', 'void setHeaders(Map<String, Object> headers)'),
  m('getProperties', '', 'Map<String, Object> getProperties(): the exchange properties'),
  m('getProperty', 'name', 'Object getProperty(String name)'),
  m('setProperty', 'name, value', 'void setProperty(String name, Object value)'),
  m('setProperties', 'map', 'void setProperties(Map<String, Object> properties)'),
  m('getBodySize', '', 'long getBodySize()'),
  m('getAttachments', '', 'Map<String, DataHandler> getAttachments()'),
  m(
    'addAttachmentObject',
    'id, attachment',
    'void addAttachmentObject(String id, Object attachment)',
  ),
];

/** After `messageLog.`: CPI's MessageLog. */
export const MESSAGE_LOG_METHODS: GroovyCompletion[] = [
  m('setStringProperty', 'name, value', 'void setStringProperty(String name, String value)'),
  m(
    'addAttachmentAsString',
    "name, text, 'text/plain'",
    'void addAttachmentAsString(String name, String text, String mediaType)',
  ),
  m(
    'addCustomHeaderProperty',
    'name, value',
    'void addCustomHeaderProperty(String name, String value)',
  ),
  m('setIntegerProperty', 'name, value', 'void setIntegerProperty(String name, Integer value)'),
  m('setBooleanProperty', 'name, value', 'void setBooleanProperty(String name, Boolean value)'),
];

/** GDK methods on lists, maps, strings and numbers. */
export const GDK_METHODS: GroovyCompletion[] = [
  c('each', 'it', 'each { item -> … }: every element (key, value for maps)'),
  c('eachWithIndex', 'item, i -> ', 'eachWithIndex { item, index -> … }'),
  c('collect', 'it', 'collect { … }: a new list of the results'),
  c('find', 'it', 'find { … }: the first element the closure accepts, or null'),
  c('findAll', 'it', 'findAll { … }: every element the closure accepts'),
  {
    label: 'inject',
    insert: 'inject(${1:0}) { acc, it -> ${2:acc} }',
    detail: 'inject(initial) { acc, item -> … }: fold',
    kind: 'method',
  },
  c('any', 'it', 'any { … }: whether one element matches'),
  c('every', 'it', 'every { … }: whether all elements match'),
  c('groupBy', 'it', 'groupBy { … }: a map of lists by key'),
  c(
    'collectEntries',
    '[(it.key): it.value]',
    'collectEntries { … }: a map from [key: value] results',
  ),
  c('countBy', 'it', 'countBy { … }: a map of counts by key'),
  m('sort', '', 'sort() / sort { … } / sort(false) { … }'),
  m('join', "','", 'join(String separator)'),
  m('sum', '', 'sum() / sum { … }'),
  m('max', '', 'max() / max { … }'),
  m('min', '', 'min() / min { … }'),
  m('unique', '', 'unique() / unique { … }'),
  m('flatten', '', 'flatten(): nested lists as one list'),
  m('first', '', 'first()'),
  m('last', '', 'last()'),
  m('size', '', 'size()'),
  m('isEmpty', '', 'isEmpty()'),
  m('contains', 'value', 'contains(Object value)'),
  m('reverse', '', 'reverse()'),
  m('take', 'n', 'take(int n)'),
  m('drop', 'n', 'drop(int n)'),
  m('keySet', '', 'keySet(): the keys of a map'),
  m('values', '', 'values(): the values of a map'),
  m('containsKey', 'key', 'containsKey(Object key)'),
  m('toInteger', '', 'toInteger(): the string as an Integer'),
  m('toBigDecimal', '', 'toBigDecimal()'),
  m('trim', '', 'trim()'),
  m('split', "','", 'split(String regex)'),
  m('tokenize', "','", 'tokenize(String delimiters)'),
  m('replaceAll', 'regex, replacement', 'replaceAll(String regex, String replacement)'),
  m('padLeft', "n, '0'", 'padLeft(int width, String padding)'),
  m('padRight', "n, ' '", 'padRight(int width, String padding)'),
  m('toUpperCase', '', 'toUpperCase()'),
  m('toLowerCase', '', 'toLowerCase()'),
  m('startsWith', 'prefix', 'startsWith(String prefix)'),
  m('endsWith', 'suffix', 'endsWith(String suffix)'),
  m('substring', 'begin, end', 'substring(int begin, int end)'),
  m('readLines', '', 'readLines(): the lines of a string'),
  m('format', "'yyyy-MM-dd'", 'Date.format(String pattern[, TimeZone]) / String.format'),
  m('text', '', 'text(): the text of an XmlSlurper node'),
  m('name', '', 'name(): the element name of an XmlSlurper node'),
  m('parseText', 'text', 'JsonSlurper / XmlSlurper: parse a string'),
];

/** At the start of a word: classes CPI scripts use and the script's entry point. */
export const GLOBAL_COMPLETIONS: GroovyCompletion[] = [
  {
    label: 'processData',
    insert:
      'def Message processData(Message message) {\n\tdef body = message.getBody(String)\n\t${1}\n\treturn message\n}',
    detail: "CPI's script function",
    kind: 'snippet',
  },
  {
    label: 'messageLogFactory',
    insert: 'messageLogFactory.getMessageLog(message)',
    detail: "CPI's message processing log",
    kind: 'keyword',
  },
  {
    label: 'JsonSlurper',
    insert: 'new JsonSlurper().parseText(${1:body})',
    detail: 'groovy.json.JsonSlurper',
    kind: 'class',
  },
  {
    label: 'JsonOutput',
    insert: 'JsonOutput.toJson(${1:value})',
    detail: 'groovy.json.JsonOutput',
    kind: 'class',
  },
  {
    label: 'XmlSlurper',
    insert: 'new XmlSlurper().parseText(${1:body})',
    detail: 'groovy.util.XmlSlurper',
    kind: 'class',
  },
  {
    label: 'MarkupBuilder',
    insert: 'new MarkupBuilder(${1:writer})',
    detail: 'groovy.xml.MarkupBuilder',
    kind: 'class',
  },
  {
    label: 'XmlUtil',
    insert: 'XmlUtil.serialize(${1:node})',
    detail: 'groovy.xml.XmlUtil',
    kind: 'class',
  },
  {
    label: 'println',
    insert: 'println ${1:value}',
    detail: 'prints to the preview log',
    kind: 'keyword',
  },
];

/** Completions for the word before the cursor: after `x.` the members, else globals. */
export function groovyCompletions(linePrefix: string): GroovyCompletion[] {
  const member = /([A-Za-z_$][\w$]*)\s*(?:\?\.|\*\.|\.)\s*[\w$]*$/.exec(linePrefix);
  if (!member) return GLOBAL_COMPLETIONS;
  const owner = member[1]!;
  if (owner === 'message') return [...MESSAGE_METHODS, ...GDK_METHODS];
  if (/log/i.test(owner)) return [...MESSAGE_LOG_METHODS, ...GDK_METHODS];
  return GDK_METHODS;
}

/**
 * The identifiers of a script (the first 200), for completion. The word being typed counts only
 * when it also stands somewhere else: it is then a name the script has, not just a prefix.
 */
export function documentWords(text: string, typed: string): string[] {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/[A-Za-z_$][\w$]*/g)) {
    if (!counts.has(m[0]) && counts.size >= 200) continue;
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  return [...counts].filter(([w, n]) => w.length > 1 && (w !== typed || n > 1)).map(([w]) => w);
}
