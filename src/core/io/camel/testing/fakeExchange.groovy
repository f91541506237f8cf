// A stand-in for a Camel exchange (getMessage, getProperty …) that runs a Camel Groovy script
// exported by the studio with real Groovy: args[0] the script file, args[1] the body.
class FakeMsg {
  Object body
  Map headers = [:]
  Object getBody() { body }
  Object getBody(Class c) { body == null ? null : body.asType(c) }
  void setBody(Object b) { body = b }
  Map getHeaders() { headers }
  Object getHeader(String n, Class c) { headers[n]?.asType(c) }
  void setHeader(String n, Object v) { headers[n] = v }
}
class FakeExchange {
  FakeMsg msg = new FakeMsg()
  Map props = [:]
  FakeMsg getMessage() { msg }
  Map getProperties() { props }
  Object getProperty(String n) { props[n] }
  void setProperty(String n, Object v) { props[n] = v }
}
def ex = new FakeExchange()
ex.@msg.body = args[1]
ex.@msg.headers = ['SAP_Sender': 'S4', 'Content-Type': 'text/plain']
ex.@props = [mode: 'test']
new GroovyShell(new Binding(exchange: ex)).evaluate(new File(args[0]).text)
println "BODY=" + ex.@msg.body
println "HEADERS=" + ex.@msg.headers
println "PROPS=" + ex.@props
