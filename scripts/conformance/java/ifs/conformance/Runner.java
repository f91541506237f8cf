package ifs.conformance;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.reflect.TypeToken;
import com.sap.gateway.ip.core.customdev.util.Message;
import com.sap.it.api.msglog.MessageLog;
import com.sap.it.api.msglog.MessageLogFactory;
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
import org.mozilla.javascript.ConsString;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ImporterTopLevel;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.WrappedException;
import org.mozilla.javascript.Wrapper;

/**
 * Runs every case of a corpus in real Rhino 1.7.14, one JVM for all: a fresh top-level scope
 * (ImporterTopLevel: importClass, importPackage, JavaImporter, Packages) per script, CPI's
 * `messageLogFactory`, then processData(message). Prints one JSON array of results.
 * Usage: java ifs.conformance.Runner cases.json results.json
 */
public final class Runner {
  static final class Case {
    String id;
    String fileName;
    String source;
    String mode;
    String functionName;
    Object body;
    Map<String, Object> headers;
    Map<String, Object> properties;
  }

  /** Control flow: the script did not compile, its error is already in the result. */
  static final class Compiled extends RuntimeException {
    Compiled() {
      super(null, null, false, false);
    }
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

  static Object fromJson(Object v) {
    if (v instanceof Double) {
      double d = (Double) v;
      if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) return (int) d;
      return d;
    }
    if (v instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) out.put(String.valueOf(e.getKey()), fromJson(e.getValue()));
      return out;
    }
    if (v instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object x : (List<?>) v) out.add(fromJson(x));
      return out;
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> record(Map<String, Object> m) {
    return m == null ? null : (Map<String, Object>) fromJson(m);
  }

  static Map<String, Object> runOne(Case c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", c.id);
    Context cx = ContextFactory.getGlobal().enterContext();
    try {
      cx.setLanguageVersion("1.8".equals(c.mode) ? Context.VERSION_1_8 : Context.VERSION_ES6);
      cx.setOptimizationLevel(-1);
      cx.setInstructionObserverThreshold(10000);
      ImporterTopLevel scope = new ImporterTopLevel(cx);
      Message message = new Message(fromJson(c.body), record(c.headers), record(c.properties));
      MessageLogFactory logs = new MessageLogFactory();
      ScriptableObject.putProperty(scope, "messageLogFactory", Context.javaToJS(logs, scope));
      long started = System.nanoTime();
      try {
        Script script;
        try {
          script = cx.compileString(c.source, c.fileName, 1, null);
        } catch (EvaluatorException e) {
          out.put("ok", false);
          Map<String, Object> err = new LinkedHashMap<>();
          err.put("type", "SyntaxError");
          err.put("message", e.details());
          err.put("line", e.lineNumber());
          out.put("error", err);
          throw new Compiled();
        }
        script.exec(cx, scope);
        Object fn = ScriptableObject.getProperty(scope, c.functionName == null ? "processData" : c.functionName);
        if (!(fn instanceof Function)) throw new IllegalStateException("processData is not defined");
        Object ret = ((Function) fn).call(cx, scope, scope, new Object[] {Context.javaToJS(message, scope)});
        if (ret instanceof Wrapper && ((Wrapper) ret).unwrap() instanceof Message) {
          message = (Message) ((Wrapper) ret).unwrap();
        }
        out.put("ok", true);
      } catch (Compiled e) {
        // Syntax error already recorded.
      } catch (RhinoException e) {
        out.put("ok", false);
        out.put("error", error(e));
      } catch (RuntimeException | StackOverflowError e) {
        out.put("ok", false);
        Map<String, Object> err = new LinkedHashMap<>();
        err.put("type", e.getClass().getName());
        err.put("message", String.valueOf(e.getMessage()));
        out.put("error", err);
      }
      out.put("ms", (System.nanoTime() - started) / 1e6);
      out.put("body", body(message.getBody()));
      out.put("headers", plainMap(message.getHeaders()));
      out.put("properties", plainMap(message.getProperties()));
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
    } finally {
      Context.exit();
    }
    return out;
  }

  static Map<String, Object> error(RhinoException e) {
    Map<String, Object> err = new LinkedHashMap<>();
    if (e instanceof EcmaError) {
      err.put("type", ((EcmaError) e).getName());
      err.put("message", ((EcmaError) e).getErrorMessage());
    } else if (e instanceof WrappedException) {
      Throwable w = ((WrappedException) e).getWrappedException();
      err.put("type", w.getClass().getName());
      err.put("message", String.valueOf(w.getMessage()));
    } else if (e instanceof EvaluatorException) {
      // Reported while running (e.g. importClass of a defined name): a script catching it sees InternalError.
      err.put("type", "InternalError");
      err.put("message", e.details());
    } else if (e instanceof JavaScriptException) {
      Object v = ((JavaScriptException) e).getValue();
      if (v instanceof Wrapper && ((Wrapper) v).unwrap() instanceof Throwable) {
        Throwable t = (Throwable) ((Wrapper) v).unwrap();
        err.put("type", t.getClass().getName());
        err.put("message", String.valueOf(t.getMessage()));
      } else if (v instanceof Scriptable) {
        Scriptable s = (Scriptable) v;
        err.put("type", Context.toString(ScriptableObject.getProperty(s, "name")));
        err.put("message", Context.toString(ScriptableObject.getProperty(s, "message")));
      } else {
        err.put("type", "Error");
        err.put("message", Context.toString(v));
      }
    } else {
      err.put("type", e.getClass().getSimpleName());
      err.put("message", e.details());
    }
    err.put("line", e.lineNumber());
    return err;
  }

  static Object body(Object v) {
    if (v instanceof byte[]) return new String((byte[]) v, StandardCharsets.UTF_8);
    return plain(v, 0);
  }

  static Map<String, Object> plainMap(Map<?, ?> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) out.put(String.valueOf(e.getKey()), plain(e.getValue(), 0));
    return out;
  }

  /** JSON-like data of a value a script left in the message (Java or JavaScript). */
  static Object plain(Object v, int depth) {
    if (depth > 32) return "…";
    if (v instanceof Wrapper) v = ((Wrapper) v).unwrap();
    if (v == null || v instanceof Undefined) return null;
    if (v instanceof String || v instanceof Boolean) return v;
    if (v instanceof ConsString || v instanceof CharSequence) return v.toString();
    if (v instanceof Number) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) return String.valueOf(v);
      if (v instanceof java.math.BigDecimal || v instanceof java.math.BigInteger) return v.toString();
      return v;
    }
    if (v instanceof byte[]) return new String((byte[]) v, StandardCharsets.UTF_8);
    if (v instanceof NativeArray || v instanceof Collection) {
      List<Object> out = new ArrayList<>();
      for (Object x : (Collection<?>) v) out.add(plain(x, depth + 1));
      return out;
    }
    if (v instanceof ScriptableObject && !(v instanceof Function)) {
      ScriptableObject s = (ScriptableObject) v;
      String cls = s.getClassName();
      if (!"Object".equals(cls)) return Context.toString(s);
      Map<String, Object> out = new LinkedHashMap<>();
      for (Object id : s.getIds()) out.put(String.valueOf(id), plain(s.get(String.valueOf(id), s), depth + 1));
      return out;
    }
    if (v instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) out.put(String.valueOf(e.getKey()), plain(e.getValue(), depth + 1));
      return out;
    }
    return String.valueOf(v);
  }
}
