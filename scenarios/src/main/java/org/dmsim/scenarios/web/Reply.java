package org.dmsim.scenarios.web;

/**
 * What the session actor answers a request with: an HTTP status and a body, ready to send.
 *
 * @param status      the HTTP status code
 * @param contentType {@link #JSON} or {@link #YAML}
 * @param body        the body's text
 */
record Reply(int status, String contentType, String body) {
  static final String JSON = "application/json";
  static final String YAML = "text/yaml";

  static Reply json(String body) {
    return new Reply(200, JSON, body);
  }

  /** 400 with {"error": message}: the message names the field and what it expects. */
  static Reply refused(String message) {
    return new Reply(400, JSON, Json.error(message));
  }
}
