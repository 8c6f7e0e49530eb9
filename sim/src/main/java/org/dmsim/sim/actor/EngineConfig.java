package org.dmsim.sim.actor;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

/** The actor system configuration of the engine, built from {@link AkkaEngineSettings}. */
final class EngineConfig {
  private EngineConfig() {}

  /** The single-threaded dispatcher that hosts group {@code group}, its nodes and their children. */
  static String groupDispatcher(int group, AkkaEngineSettings s) {
    return "dmsim.group-dispatcher-" + (group % s.threads());
  }

  private static String groupDispatchers(AkkaEngineSettings s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.threads(); i++) {
      sb.append("dmsim.group-dispatcher-").append(i).append(" {\n")
          .append("  type = Dispatcher\n")
          .append("  executor = fork-join-executor\n")
          .append("  fork-join-executor { parallelism-min = 1, parallelism-factor = 1.0, parallelism-max = 1 }\n")
          .append("  throughput = ").append(s.throughput()).append("\n")
          .append("}\n");
    }
    return sb.toString();
  }

  static Config of(AkkaEngineSettings s) {
    String text = String.join("\n",
        "akka {",
        "  actor {",
        "    serialize-messages = " + (s.serializeMessages() ? "on" : "off"),
        "    default-mailbox.mailbox-type = \"akka.dispatch.SingleConsumerOnlyUnboundedMailbox\"",
        "    default-dispatcher.fork-join-executor {",
        "      parallelism-min = " + s.threads(),
        "      parallelism-max = " + s.threads(),
        "    }",
        "  }",
        "}",
        groupDispatchers(s));
    return ConfigFactory.load(ConfigFactory.parseString(text).withFallback(AkkaBaseConfig.of()));
  }
}
