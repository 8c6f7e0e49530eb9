package org.dmsim.model.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.dmsim.model.event.Message;
import org.dmsim.model.mfg.entity.MfgMessage;
import org.dmsim.model.phold.PholdMessage;

/**
 * The list of every message type entities exchange, so that engines can carry them across actors
 * and cluster members by a stable type name (the simple class name, qualified by its enclosing types) instead of a class name from
 * the wire. A new family of messages is a sealed interface of records added to {@link #FAMILIES}.
 */
public final class MessageCatalog {
  /** The roots: sealed interfaces of records, or single records. */
  public static final List<Class<? extends Message>> FAMILIES =
      List.of(Start.class, PholdMessage.class, MfgMessage.class);

  private MessageCatalog() {}

  /** Every concrete message record, by its stable type name (sorted). */
  public static TreeMap<String, Class<? extends Message>> concreteTypes() {
    TreeMap<String, Class<? extends Message>> byName = new TreeMap<>();
    List<Class<?>> pending = new ArrayList<>(FAMILIES);
    while (!pending.isEmpty()) {
      Class<?> c = pending.remove(pending.size() - 1);
      if (c.isSealed()) {
        pending.addAll(List.of(c.getPermittedSubclasses()));
      } else if (c.isRecord() || c.isEnum()) {
        Class<? extends Message> m = c.asSubclass(Message.class);
        Class<? extends Message> clash = byName.put(typeName(m), m);
        if (clash != null && clash != m) {
          throw new IllegalStateException("two message types share the name " + typeName(m));
        }
      } else {
        throw new IllegalStateException("message type " + c.getName() + " must be a record or sealed");
      }
    }
    return byName;
  }

  /**
   * The stable name of a message type: its simple name, qualified by the simple names of the types
   * it is nested in ({@code MfgMessage.Delivered}), so that two families may use the same word.
   */
  public static String typeName(Class<?> type) {
    StringBuilder sb = new StringBuilder(type.getSimpleName());
    for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
      sb.insert(0, outer.getSimpleName() + ".");
    }
    return sb.toString();
  }

  /** Whether {@code type} is listed. */
  public static boolean contains(Class<?> type) {
    return concreteTypes().get(typeName(type)) == type;
  }
}
