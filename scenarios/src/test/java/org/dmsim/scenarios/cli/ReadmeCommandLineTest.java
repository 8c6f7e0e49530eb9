package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The README's "Command line" block and the commands' help name the same options, in both directions.
 * A line of the block that starts with {@code dmsim} opens a command's entry (its words up to the first
 * that is not a subcommand name the command path); every {@code --option} on that line and the
 * indented lines under it belongs to that command. {@code --help} and {@code --version}, which every
 * command or the root has, are left out on both sides.
 */
class ReadmeCommandLineTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*[a-z]");
  private static final Set<String> HELP_OPTIONS = Set.of("--help", "--version");

  private static Map<String, Set<String>> readme;
  private static Map<String, Set<String>> commands;

  @BeforeAll
  static void readBothSides() throws IOException {
    CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    commands = new TreeMap<>();
    collect(root.getCommandSpec(), commands);
    readme = readmeEntries(root.getCommandSpec());
  }

  @Test
  void readme_everyOptionItNamesForACommand_isAnOptionOfThatCommand() {
    assertThat(readme).isNotEmpty();
    readme.forEach((command, options) -> {
      assertThat(commands).as("README names a command dmsim does not have").containsKey(command);
      assertThat(commands.get(command)).as("options README gives 'dmsim %s' that its help does not list", command)
          .containsAll(options);
    });
  }

  @Test
  void help_everyOptionOfACommand_isInTheReadme() {
    commands.forEach((command, options) -> {
      if (options.isEmpty()) {
        return;
      }
      assertThat(readme).as("README has no entry for 'dmsim %s'", command).containsKey(command);
      assertThat(readme.get(command)).as("options of 'dmsim %s' missing from the README", command)
          .containsAll(options);
    });
  }

  @Test
  void readme_everyCommandThatRunsSomething_hasAnEntry() {
    for (String command : commands.keySet()) {
      if (!command.isEmpty() && !command.equals("bench")) {
        assertThat(readme).as("README entry for 'dmsim %s'", command).containsKey(command);
      }
    }
  }

  /** Each command's path below {@code dmsim} ("" for the root) with its option names, help left out. */
  private static void collect(CommandSpec spec, Map<String, Set<String>> into) {
    Set<String> names = new TreeSet<>();
    for (OptionSpec o : spec.options()) {
      if (!o.usageHelp() && !o.versionHelp()) {
        names.addAll(List.of(o.names()));
      }
    }
    into.put(UsageErrors.path(spec), names);
    spec.subcommands().values().stream().map(CommandLine::getCommandSpec).distinct().forEach(s -> collect(s, into));
  }

  private static Map<String, Set<String>> readmeEntries(CommandSpec root) throws IOException {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int heading = lines.indexOf("## Command line");
    assertThat(heading).as("README has a '## Command line' section").isNotNegative();
    int open = heading + 1;
    while (!lines.get(open).startsWith("```")) {
      open++;
    }
    List<String> block = new ArrayList<>();
    for (int i = open + 1; !lines.get(i).startsWith("```"); i++) {
      block.add(lines.get(i));
    }
    Map<String, Set<String>> entries = new TreeMap<>();
    Set<String> current = null;
    for (String line : block) {
      if (line.startsWith("dmsim ")) {
        String command = commandPath(line, root);
        current = entries.computeIfAbsent(command, c -> new TreeSet<>());
      }
      assertThat(current).as("the block starts with a 'dmsim' line: %s", line).isNotNull();
      Matcher m = OPTION.matcher(line);
      while (m.find()) {
        if (!HELP_OPTIONS.contains(m.group())) {
          current.add(m.group());
        }
      }
    }
    return entries;
  }

  /** {@code dmsim bench phold [--lps 1024] ...} → {@code bench phold}. */
  private static String commandPath(String line, CommandSpec root) {
    CommandSpec spec = root;
    for (String word : line.substring("dmsim ".length()).split("\\s+")) {
      CommandLine sub = spec.subcommands().get(word);
      if (sub == null) {
        break;
      }
      spec = sub.getCommandSpec();
    }
    return UsageErrors.path(spec);
  }
}
