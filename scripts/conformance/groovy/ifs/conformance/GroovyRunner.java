package ifs.conformance;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.reflect.TypeToken;
import com.sap.gateway.ip.core.customdev.util.Message;
import com.sap.it.api.msglog.MessageLog;
import com.sap.it.api.msglog.MessageLogFactory;
import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;

/**
 * Runs every case of the Groovy corpus in real Groovy 2.4.21 (CPI's Script step 1.1), one JVM for
 * all: each script compiled with GroovyShell, its top level run with CPI's `messageLogFactory` in the
 * binding, then its script function called with the Java Message of the Rhino oracle.
 * Usage: java ifs.conformance.GroovyRunner cases.json results.json
 */
public final class GroovyRunner {
  static final class Case {
    String id;
    String fileName;
    String source;
    String functionName;
    Object body;
    Map<String, Object> headers;
    Map<String, Object> properties;
  }

  private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  public static void main(String[] args) throws Exception {
    Type listType = new TypeToken<List<Case>>() {}.getType();
    List<Case> cases;
    try (Reader r = Files.newBufferedReader(Paths.get(args[0]), StandardCharsets.UTF_8)) {
      cases = GSON.fromJson(r, listType);
    }
    List<Map<String, Object>> results = new ArrayList<>();
    for (Case c : cases) results.add(runOne(c));
    try (Writer w = Files.newBufferedWriter(Paths.get(args[1]), StandardCharsets.UTF_8)) {
      GSON.toJson(results, w);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> runOne(Case c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", c.id);
    Message message =
        new Message(
            Runner.fromJson(c.body),
            (Map<String, Object>) Runner.fromJson(c.headers),
            (Map<String, Object>) Runner.fromJson(c.properties));
    MessageLogFactory logs = new MessageLogFactory();
    long started = System.nanoTime();
    try {
      Binding binding = new Binding();
      binding.setVariable("messageLogFactory", logs);
      CompilerConfiguration config = new CompilerConfiguration();
      GroovyShell shell = new GroovyShell(GroovyRunner.class.getClassLoader(), binding, config);
      Script script;
      try {
        script = shell.parse(c.source, scriptName(c.fileName));
      } catch (CompilationFailedException e) {
        out.put("ok", false);
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("type", "SyntaxError");
        err.put("message", String.valueOf(e.getMessage()));
        out.put("error", err);
        return finish(out, message, logs, started);
      }
      script.run();
      Object ret = script.invokeMethod(c.functionName == null ? "processData" : c.functionName, new Object[] {message});
      if (ret instanceof Message) message = (Message) ret;
      out.put("ok", true);
    } catch (Throwable thrown) {
      Throwable e = thrown;
      // Groovy wraps what a script method throws; CPI reports the script's own exception.
      while (e instanceof org.codehaus.groovy.runtime.InvokerInvocationException && e.getCause() != null) e = e.getCause();
      out.put("ok", false);
      Map<String, Object> err = new LinkedHashMap<>();
      err.put("type", e.getClass().getName());
      err.put("message", String.valueOf(e.getMessage()));
      for (StackTraceElement s : e.getStackTrace()) {
        String f = s.getFileName();
        if (f != null && f.startsWith(scriptName(c.fileName))) {
          err.put("line", s.getLineNumber());
          break;
        }
      }
      out.put("error", err);
    }
    return finish(out, message, logs, started);
  }

  /** A class name for the script (file names may start with a digit). */
  static String scriptName(String fileName) {
    return "Script_" + fileName.replaceAll("[^A-Za-z0-9_]", "_");
  }

  static Map<String, Object> finish(Map<String, Object> out, Message message, MessageLogFactory logs, long started) {
    out.put("ms", (System.nanoTime() - started) / 1e6);
    out.put("body", Runner.body(message.getBody()));
    out.put("headers", Runner.plainMap(message.getHeaders()));
    out.put("properties", Runner.plainMap(message.getProperties()));
    MessageLog log = logs.log;
    out.put("logProperties", log.properties);
    List<Map<String, String>> atts = new ArrayList<>();
    for (String[] a : log.attachments) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("name", a[0]);
      m.put("type", a[1]);
      m.put("content", a[2]);
      atts.add(m);
    }
    out.put("logAttachments", atts);
    return out;
  }
}
