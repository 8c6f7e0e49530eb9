package org.dmsim.reports.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dmsim.reports.number.ShortestDecimal;

/**
 * The JSON of every output file, written with Jackson: objects keep their members in insertion order,
 * two-space indentation, {@code "name": value}, a final newline. Doubles are the
 * {@linkplain ShortestDecimal shortest decimal} that reads back to the same value; NaN and infinities,
 * which JSON lacks, are {@code null}.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private Json() {}

  /** A new, empty object. */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /** {@code v} as a JSON number, or {@code null} when it is NaN or infinite. */
  public static JsonNode number(double v) {
    return Double.isFinite(v) ? DecimalNode.valueOf(ShortestDecimal.of(v)) : NullNode.getInstance();
  }

  /** The document as text. */
  public static String toJson(JsonNode document) {
    try {
      return MAPPER.writer(new Layout()).writeValueAsString(document) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code document} to {@code file} as UTF-8; returns the file. */
  public static Path write(JsonNode document, Path file) throws IOException {
    Files.writeString(file, toJson(document), StandardCharsets.UTF_8);
    return file;
  }

  /** Jackson's pretty printer with {@code ": "} after names and arrays one element per line. */
  private static final class Layout extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    Layout() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      indentObjectsWith(indenter);
      indentArraysWith(indenter);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new Layout();
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }
  }
}
