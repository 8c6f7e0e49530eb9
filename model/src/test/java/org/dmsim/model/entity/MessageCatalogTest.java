package org.dmsim.model.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dmsim.model.event.Message;
import org.dmsim.model.mfg.entity.MfgMessage;
import org.dmsim.model.phold.PholdMessage;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {

  @Test
  void concreteTypes_namesEveryMessageRecordByItsQualifiedSimpleName() {
    assertThat(MessageCatalog.concreteTypes()).contains(
        Map.entry("MfgMessage.Delivered", MfgMessage.Delivered.class),
        Map.entry("PholdMessage.Hop", PholdMessage.Hop.class),
        Map.entry("MfgMessage.StartJob", MfgMessage.StartJob.class),
        Map.entry("Start", Start.class));
  }

  @Test
  void concreteTypes_includesEveryRecordNestedInAFamily() {
    // Found here through the nested classes, not the permits clauses that the catalog walks.
    List<Class<?>> nested = new ArrayList<>();
    for (Class<?> family : List.of(PholdMessage.class, MfgMessage.class)) {
      for (Class<?> c : family.getDeclaredClasses()) {
        if (c.isRecord() && Message.class.isAssignableFrom(c)) {
          nested.add(c);
        }
      }
    }
    assertThat(nested).hasSize(1 + MfgMessage.class.getPermittedSubclasses().length);
    assertThat(MessageCatalog.concreteTypes().values()).containsAll(nested.stream()
        .<Class<? extends Message>>map(c -> c.asSubclass(Message.class)).toList());
  }

  @Test
  void concreteTypes_namesAreUniqueAndEqualToTheQualifiedSimpleNames() {
    TreeMap<String, Class<? extends Message>> types = MessageCatalog.concreteTypes();
    assertThat(types.values()).doesNotHaveDuplicates();
    types.forEach((name, type) -> {
      assertThat(MessageCatalog.typeName(type)).isEqualTo(name);
      assertThat(name).endsWith(type.getSimpleName());
      assertThat(type.isRecord()).as(name).isTrue();
    });
  }

  @Test
  void concreteTypes_isAFreshSortedMapEachTime() {
    TreeMap<String, Class<? extends Message>> first = MessageCatalog.concreteTypes();
    first.clear();
    assertThat(MessageCatalog.concreteTypes()).hasSize(2 + MfgMessage.class.getPermittedSubclasses().length);
    assertThat(MessageCatalog.concreteTypes().firstKey()).isEqualTo("MfgMessage.Arrived");
  }

  @Test
  void families_areStartPholdAndManufacturing() {
    assertThat(MessageCatalog.FAMILIES).containsExactly(Start.class, PholdMessage.class, MfgMessage.class);
  }

  /** Shares a simple name with a listed type but is a different class. */
  record Hop() implements Message {}

  @Test
  void contains_listedTypes_isTrueAndOthersFalse() {
    assertThat(MessageCatalog.contains(Start.class)).isTrue();
    assertThat(MessageCatalog.contains(MfgMessage.StartJob.class)).isTrue();
    assertThat(MessageCatalog.contains(PholdMessage.Hop.class)).isTrue();
    assertThat(MessageCatalog.contains(Hop.class)).isFalse();
    assertThat(MessageCatalog.contains(String.class)).isFalse();
    assertThat(MessageCatalog.contains(MfgMessage.class)).isFalse();
  }
}
