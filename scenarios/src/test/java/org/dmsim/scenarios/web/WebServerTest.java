package org.dmsim.scenarios.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import org.junit.jupiter.api.Test;

/** {@link WebServer}'s actor system: dmsim's base settings (no Java serialization) and the HTTP server's own. */
class WebServerTest {
  @Test
  void config_hasNoJavaSerialization_andAnAnswerTimeLongerThanTheSessionsAsk() {
    Config c = WebServer.config();
    assertThat(c.getBoolean("akka.actor.allow-java-serialization")).isFalse();
    assertThat(c.getString("akka.actor.provider")).isEqualTo("local");
    assertThat(c.getDuration("akka.http.server.request-timeout")).isGreaterThan(LiveRoutes.ASK_TIMEOUT);
  }

  @Test
  void newKey_is128RandomBitsInHex() {
    String a = WebServer.newKey();
    assertThat(a).matches("[0-9a-f]{32}");
    assertThat(WebServer.newKey()).isNotEqualTo(a);
  }
}
