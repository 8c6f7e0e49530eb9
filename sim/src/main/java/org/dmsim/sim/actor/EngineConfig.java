package org.dmsim.sim.actor;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

/** The actor system configuration of the engine, built from {@link AkkaEngineSettings}. */
final class EngineConfig {
  /** The dispatcher every engine actor runs on. */
  static final String DISPATCHER = "dmsim.dispatcher";

  private EngineConfig() {}

  static Config of(AkkaEngineSettings s) {
    String text = String.join("\n",
        "akka {",
        "  loglevel = WARNING",
        "  loggers = [\"akka.event.slf4j.Slf4jLogger\"]",
        "  logging-filter = \"akka.event.slf4j.Slf4jLoggingFilter\"",
        "  stdout-loglevel = WARNING",
        "  log-dead-letters = off",
        "  log-dead-letters-during-shutdown = off",
        "  actor {",
        "    provider = local",
        "    serialize-messages = " + (s.serializeMessages() ? "on" : "off"),
        "    allow-java-serialization = off",
        "    serialization-bindings { \"org.dmsim.sim.wire.CborSerializable\" = jackson-cbor }",
        "    default-mailbox.mailbox-type = \"akka.dispatch.SingleConsumerOnlyUnboundedMailbox\"",
        "    default-dispatcher.fork-join-executor {",
        "      parallelism-min = " + s.threads(),
        "      parallelism-max = " + s.threads(),
        "    }",
        "  }",
        "  serialization.jackson {",
        "    jackson-modules += \"org.dmsim.sim.wire.MessageCatalogModule\"",
        "    serialization-features { FAIL_ON_EMPTY_BEANS = off }",
        "  }",
        "}",
        DISPATCHER + " {",
        "  type = Dispatcher",
        "  executor = " + System.getProperty("dmsim.executor", "fork-join-executor"),
        "  fork-join-executor {",
        "    parallelism-min = " + s.threads(),
        "    parallelism-factor = 1.0",
        "    parallelism-max = " + s.threads(),
        "  }",
        "  affinity-pool-executor {",
        "    parallelism-min = " + s.threads(),
        "    parallelism-factor = 1.0",
        "    parallelism-max = " + s.threads(),
        "    idle-cpu-level = " + System.getProperty("dmsim.idle", "5"),
        "    task-queue-size = 65536",
        "  }",
        "  throughput = " + s.throughput(),
        "}");
    return ConfigFactory.load(ConfigFactory.parseString(text));
  }
}
