package org.dmsim.sim.actor;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

/**
 * The settings every actor system of dmsim starts from — the engine's and the live page's web server:
 * warnings only, through SLF4J; no dead-letter logging; a library never ends its caller's JVM and leaves
 * shutdown to its owner (no JVM hook); a local provider; and no Java serialization, ever: dmsim's messages
 * ({@code CborSerializable}) go through Jackson CBOR.
 */
public final class AkkaBaseConfig {
  private AkkaBaseConfig() {}

  /** The settings, to be used as the fallback of a system's own. */
  public static Config of() {
    return ConfigFactory.parseString(String.join("\n",
        "akka {",
        "  loglevel = WARNING",
        "  loggers = [\"akka.event.slf4j.Slf4jLogger\"]",
        "  logging-filter = \"akka.event.slf4j.Slf4jLoggingFilter\"",
        "  stdout-loglevel = WARNING",
        "  log-dead-letters = off",
        "  log-dead-letters-during-shutdown = off",
        // A library must not end its caller's JVM: on a fatal error outside entity code Akka stops the actor
        // system instead, and the owner fails what waits on it.
        "  jvm-exit-on-fatal-error = off",
        // The owner closes the system (on Ctrl-C the command stops its work and closes it itself); Akka's own
        // JVM hook would only race it (and warn when a system starts late).
        "  coordinated-shutdown.run-by-jvm-shutdown-hook = off",
        "  actor.provider = local",
        "  actor.allow-java-serialization = off",
        // dmsim's messages go through Jackson CBOR, with the module that reads one-component records.
        "  actor.serialization-bindings { \"org.dmsim.sim.wire.CborSerializable\" = jackson-cbor }",
        "  serialization.jackson {",
        "    jackson-modules += \"org.dmsim.sim.wire.MessageCatalogModule\"",
        "    serialization-features { FAIL_ON_EMPTY_BEANS = off }",
        "  }",
        "}"));
  }
}
