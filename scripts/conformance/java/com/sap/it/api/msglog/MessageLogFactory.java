package com.sap.it.api.msglog;

/** The `messageLogFactory` CPI puts in a script's scope; one log per script run. */
public class MessageLogFactory {
  public final MessageLog log = new MessageLog();

  public MessageLog getMessageLog(Object message) {
    return log;
  }
}
