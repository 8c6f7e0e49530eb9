package org.dmsim.scenarios.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.dmsim.model.geo.GeoPoint;
import org.dmsim.model.time.SimTime;

/**
 * The fields of a request's JSON body, each read with its check: a missing, mistyped or out-of-range
 * field is a {@link BadField} naming the field, what it expects and what it got.
 */
final class RequestFields {
  /** The longest intervention, days. */
  static final double MAX_DAYS = 3650;

  private final JsonNode body;

  private RequestFields(JsonNode body) {
    this.body = body;
  }

  /** A field that is missing, of the wrong type or out of range; the message says which and what it expects. */
  static final class BadField extends Exception {
    BadField(String message) {
      super(message, null, false, false);
    }
  }

  /** Builds a request to an actor of protocol {@code M} from a body's fields. */
  @FunctionalInterface
  interface Builder<M> {
    java.util.function.Function<akka.actor.typed.ActorRef<Reply>, M> build(RequestFields fields) throws BadField;
  }

  /** The body's fields; an empty body has none. */
  static RequestFields parse(String text) throws BadField {
    if (text == null || text.isBlank()) {
      return new RequestFields(Json.object());
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new BadField("body: expected a JSON object such as {\"site\": \"plant-a\", \"days\": 14}, got text that "
          + "is not JSON (" + e.getOriginalMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new BadField("body: expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType()));
    }
    return new RequestFields(node);
  }

  /** A non-empty text field. */
  String text(String field) throws BadField {
    JsonNode v = body.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new BadField(field + ": expected a text, got " + shown(v));
    }
    return v.asText();
  }

  /** A text field, or {@code otherwise} when it is missing. */
  String textOr(String field, String otherwise) throws BadField {
    return body.has(field) ? text(field) : otherwise;
  }

  /**
   * What a player typed as an order, as text: a JSON string as it is, a number as written, nothing as "";
   * the game reads and checks it ({@code OrderEntry}), so every wrong order gets the same message.
   */
  String orderText(String field) throws BadField {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isTextual() || v.isNumber()) {
      return v.asText();
    }
    throw new BadField(field + ": expected a whole number of cases, got " + shown(v));
  }

  /** A finite number. */
  double number(String field) throws BadField {
    JsonNode v = body.get(field);
    if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw new BadField(field + ": expected a number, got " + shown(v));
    }
    return v.asDouble();
  }

  /** A whole number, or {@code otherwise} when it is missing. */
  long wholeNumber(String field, long otherwise) throws BadField {
    JsonNode v = body.get(field);
    if (v == null) {
      return otherwise;
    }
    if (!v.canConvertToLong() || !(v.isIntegralNumber() || v.asDouble() == Math.rint(v.asDouble()))) {
      throw new BadField(field + ": expected a whole number, got " + shown(v));
    }
    return v.asLong();
  }

  /** A duration in days above 0 and at most {@link #MAX_DAYS}, as ms of simulated time. */
  long days(String field) throws BadField {
    double d = number(field);
    if (!(d > 0 && d <= MAX_DAYS)) {
      throw new BadField(field + ": expected a number of days above 0 and at most " + (long) MAX_DAYS + ", got "
          + shown(body.get(field)));
    }
    return Math.round(d * SimTime.DAY_MS);
  }

  /** The place in {@code lat} (-90 to 90) and {@code lon} (-180 to 180), degrees. */
  GeoPoint place() throws BadField {
    double lat = number("lat");
    double lon = number("lon");
    if (!(lat >= -90 && lat <= 90)) {
      throw new BadField("lat: expected degrees north from -90 to 90, got " + shown(body.get("lat")));
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new BadField("lon: expected degrees east from -180 to 180, got " + shown(body.get("lon")));
    }
    return new GeoPoint(lat, lon);
  }

  private static String shown(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "nothing";
    }
    String text = v.toString();
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
