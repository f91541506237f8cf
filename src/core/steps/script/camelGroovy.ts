/**
 * CPI's Groovy Message API over a Camel exchange, for Camel's `groovy` language. The script's
 * `import com.sap.gateway.ip.core.customdev.util.Message` is replaced by a class of that name
 * declared here, and `messageLogFactory` is a binding variable whose logs go to Camel's log.
 * Differences from CPI (README "Apache Camel export"): attachments, `setHeaders` /
 * `setProperties` add to the maps rather than replace them, the message log writes to the
 * Camel log instead of the monitoring, and other SAP APIs (ITApiFactory, value mappings …) are
 * not there.
 */
const ADAPTER = `class Message {
  def exchange
  Message(exchange) { this.exchange = exchange }
  def getBody() { exchange.getMessage().getBody() }
  def getBody(Class type) { exchange.getMessage().getBody(type) }
  void setBody(body) { exchange.getMessage().setBody(body) }
  Map getHeaders() { exchange.getMessage().getHeaders() }
  def getHeader(String name, Class type) { exchange.getMessage().getHeader(name, type) }
  void setHeader(String name, value) { exchange.getMessage().setHeader(name, value) }
  void setHeaders(Map values) { exchange.getMessage().getHeaders().putAll(values) }
  Map getProperties() { exchange.getProperties() }
  def getProperty(String name) { exchange.getProperty(name) }
  void setProperty(String name, value) { exchange.setProperty(name, value) }
  void setProperties(Map values) { exchange.getProperties().putAll(values) }
}
class IfsMessageLog {
  def exchange
  void setStringProperty(String name, String value) { exchange.setProperty('IfsLog.' + name, value) }
  void addCustomHeaderProperty(String name, String value) { exchange.setProperty('IfsLog.' + name, value) }
  void addAttachmentAsString(String name, String text, String type) { exchange.setProperty('IfsLog.attachment.' + name, text) }
}
messageLogFactory = [getMessageLog: { m -> new IfsMessageLog(exchange: m.@exchange) }]
`;

const MESSAGE_IMPORT =
  /^\s*import\s+com\.sap\.gateway\.ip\.core\.customdev\.util\.Message\s*;?\s*$/;
const IMPORT = /^\s*import\s+[\w.*]+(\s+as\s+\w+)?\s*;?\s*$/;

/**
 * The Groovy script text for Camel: the user's imports first (Groovy wants them before any
 * declaration), then the adapter, then the rest of the script and the call of its function.
 */
export function groovyForCamel(source: string, functionName: string): string {
  const imports: string[] = [];
  const body: string[] = [];
  let header = true;
  for (const line of source.split(/\r?\n/)) {
    if (header && MESSAGE_IMPORT.test(line)) continue;
    if (header && IMPORT.test(line)) imports.push(line.trim());
    else {
      if (line.trim() !== '' && !/^\s*(\/\/|\/\*|\*)/.test(line)) header = false;
      body.push(line);
    }
  }
  return `${imports.map((i) => `${i}\n`).join('')}${ADAPTER}${body.join('\n')}\n${functionName}(new Message(exchange))\n`;
}
