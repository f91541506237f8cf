package com.sap.it.api.msglog;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CPI's message processing log as scripts see it (messageLogFactory.getMessageLog(message)). */
public class MessageLog {
  public final Map<String, String> properties = new LinkedHashMap<>();
  public final List<String[]> attachments = new ArrayList<>();

  private void put(String name, Object value) {
    properties.put(name, String.valueOf(value));
  }

  public void setStringProperty(String name, String value) {
    put(name, value);
  }

  public void setIntegerProperty(String name, Integer value) {
    put(name, value);
  }

  public void setLongProperty(String name, Long value) {
    put(name, value);
  }

  public void setBooleanProperty(String name, Boolean value) {
    put(name, value);
  }

  public void setFloatProperty(String name, Float value) {
    put(name, value);
  }

  public void setDoubleProperty(String name, Double value) {
    put(name, value);
  }

  public void setDateProperty(String name, Date value) {
    put(name, value == null ? null : value.toInstant().toString());
  }

  public void addAttachmentAsString(String name, String text, String mediaType) {
    attachments.add(new String[] {name, mediaType == null ? "text/plain" : mediaType, text == null ? "" : text});
  }

  public void addCustomHeaderProperty(String name, String value) {
    put(name, value);
  }
}
