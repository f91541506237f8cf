package com.sap.gateway.ip.core.customdev.util;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;

/**
 * CPI's script Message, written from SAP's documented Script API for the conformance oracle. Headers
 * are case-insensitive and sorted as Camel's CaseInsensitiveMap; properties are a HashMap (hash
 * order, as the exchange properties). getBody(Class) converts as Camel's type converters do for the
 * types scripts ask for.
 */
public class Message {
  private Object body;
  private Map<String, Object> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private Map<String, Object> properties = new HashMap<>();
  private Map<String, Object> attachments = new HashMap<>();

  public Message(Object body, Map<String, Object> headers, Map<String, Object> properties) {
    this.body = body;
    if (headers != null) this.headers.putAll(headers);
    if (properties != null) this.properties.putAll(properties);
  }

  public Object getBody() {
    return body;
  }

  @SuppressWarnings("unchecked")
  public <T> T getBody(Class<T> type) {
    return (T) convert(body, type);
  }

  public void setBody(Object body) {
    this.body = body;
  }

  public long getBodySize() {
    if (body == null) return 0;
    if (body instanceof byte[]) return ((byte[]) body).length;
    return String.valueOf(body).getBytes(StandardCharsets.UTF_8).length;
  }

  public Map<String, Object> getHeaders() {
    return headers;
  }

  @SuppressWarnings("unchecked")
  public <T> T getHeader(String name, Class<T> type) {
    return (T) convert(headers.get(name), type);
  }

  public void setHeader(String name, Object value) {
    headers.put(name, value);
  }

  public void setHeaders(Map<String, Object> map) {
    headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (map != null) headers.putAll(map);
  }

  public Map<String, Object> getProperties() {
    return properties;
  }

  public Object getProperty(String name) {
    return properties.get(name);
  }

  public void setProperty(String name, Object value) {
    properties.put(name, value);
  }

  public void setProperties(Map<String, Object> map) {
    properties = new HashMap<>();
    if (map != null) properties.putAll(map);
  }

  public Map<String, Object> getAttachments() {
    return attachments;
  }

  public void setAttachments(Map<String, Object> map) {
    attachments = new HashMap<>();
    if (map != null) attachments.putAll(map);
  }

  public void addAttachmentObject(String id, Object attachment) {
    attachments.put(id, attachment);
  }

  public Map<String, Object> getAttachmentObjects() {
    return attachments;
  }

  public long getAttachmentsSize() {
    long n = 0;
    for (Object v : attachments.values()) {
      if (v instanceof byte[]) n += ((byte[]) v).length;
      else if (v != null) n += String.valueOf(v).getBytes(StandardCharsets.UTF_8).length;
    }
    return n;
  }

  static String text(Object v) {
    if (v instanceof byte[]) return new String((byte[]) v, StandardCharsets.UTF_8);
    return String.valueOf(v);
  }

  static Object convert(Object v, Class<?> type) {
    if (v == null || type == null || type.isInstance(v)) return v;
    try {
      if (type == String.class) return text(v);
      if (type == byte[].class) return text(v).getBytes(StandardCharsets.UTF_8);
      if (type == InputStream.class) return new ByteArrayInputStream(text(v).getBytes(StandardCharsets.UTF_8));
      if (type == Reader.class) return new StringReader(text(v));
      if (type == Integer.class) return Integer.valueOf(text(v).trim());
      if (type == Long.class) return Long.valueOf(text(v).trim());
      if (type == Double.class) return Double.valueOf(text(v).trim());
      if (type == Boolean.class) return Boolean.valueOf(text(v).trim());
      if (type == BigDecimal.class) return new BigDecimal(text(v).trim());
      if (type == BigInteger.class) return new BigInteger(text(v).trim());
      if (type == org.w3c.dom.Document.class) {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(text(v))));
      }
    } catch (Exception e) {
      // Camel answers null when no converter applies or conversion fails in getBody(Class).
      return null;
    }
    return null;
  }
}
