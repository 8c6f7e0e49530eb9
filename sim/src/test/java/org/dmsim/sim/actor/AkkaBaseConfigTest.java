package org.dmsim.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import org.junit.jupiter.api.Test;

/** The engine's actor system keeps the base settings ({@link AkkaBaseConfig}) beside its own. */
class AkkaBaseConfigTest {
  @Test
  void engineConfig_hasTheBaseSettings_andItsOwn() {
    Config c = EngineConfig.of(AkkaEngineSettings.of(2));
    assertThat(c.getBoolean("akka.actor.allow-java-serialization")).isFalse();
    assertThat(c.getString("akka.actor.provider")).isEqualTo("local");
    assertThat(c.getString("akka.loglevel")).isEqualTo("WARNING");
    assertThat(c.getBoolean("akka.jvm-exit-on-fatal-error")).isFalse();
    assertThat(c.getBoolean("akka.coordinated-shutdown.run-by-jvm-shutdown-hook")).isFalse();
    assertThat(c.getString("akka.actor.default-mailbox.mailbox-type"))
        .isEqualTo("akka.dispatch.SingleConsumerOnlyUnboundedMailbox");
    assertThat(c.getStringList("akka.serialization.jackson.jackson-modules"))
        .contains("org.dmsim.sim.wire.MessageCatalogModule");
  }
}
