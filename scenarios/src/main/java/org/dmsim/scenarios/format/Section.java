package org.dmsim.scenarios.format;

import java.util.List;
import java.util.Optional;

/**
 * The fields of one kind of mapping in a file (the top level, a product, a lane, ...), in the order
 * the reference lists them. {@code name} is the mapping's path in a file with {@code []} for list
 * items ({@code products[].bom[]}); it also names the JSON Schema definition.
 */
public record Section(String name, String title, String description, List<Field> fields) {
  public Section {
    fields = List.copyOf(fields);
    if (fields.stream().map(Field::name).distinct().count() != fields.size()) {
      throw new IllegalArgumentException(name + ": a field is listed twice");
    }
  }

  /** The field names, in order: what an unknown field is compared with. */
  public List<String> names() {
    return fields.stream().map(Field::name).toList();
  }

  /** The field called {@code field}; fails for a name the section does not have. */
  public Field field(String field) {
    return find(field).orElseThrow(() -> new IllegalArgumentException(name + " has no field " + field));
  }

  /** The field called {@code field}, if the section has it. */
  public Optional<Field> find(String field) {
    return fields.stream().filter(f -> f.name().equals(field)).findFirst();
  }

  /** The Markdown anchor of a section's heading in the reference. */
  public static String anchor(String section) {
    return "ref-" + section.replace("[]", "").replace('.', '-').toLowerCase(java.util.Locale.ROOT);
  }
}
