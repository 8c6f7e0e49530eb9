package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's help teaches: a one-line summary and a description, every option with its default,
 * one to three examples that parse, and lines that fit 80 columns.
 */
class CommandHelpTest {
  private static CommandLine tree() {
    return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
  }

  static Stream<String> commands() {
    List<String> paths = new ArrayList<>();
    collect(tree(), paths);
    return paths.stream();
  }

  private static void collect(CommandLine cl, List<String> into) {
    into.add(UsageErrors.path(cl.getCommandSpec()));
    cl.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, into));
  }

  private static CommandLine find(CommandLine root, String path) {
    CommandLine cl = root;
    for (String name : path.isEmpty() ? new String[0] : path.split(" ")) {
      cl = cl.getSubcommands().get(name);
    }
    return cl;
  }

  @ParameterizedTest
  @MethodSource("commands")
  void help_hasASummaryLineThenADescription(String path) {
    CommandLine cl = find(tree(), path);
    String[] description = cl.getCommandSpec().usageMessage().description();

    assertThat(description).as("'dmsim %s' has a summary, a blank line and more", path).hasSizeGreaterThan(2);
    assertThat(description[0]).as("the summary").endsWith(".");
    assertThat(description[1]).isEmpty();
    if (cl.getParent() != null) {
      StringWriter parentHelp = new StringWriter();
      cl.getParent().usage(new PrintWriter(parentHelp), CommandLine.Help.Ansi.OFF);
      assertThat(parentHelp.toString().lines())
          .as("the parent's list of commands shows the summary on one line")
          .anyMatch(line -> line.matches("  " + cl.getCommandName() + " +" + Pattern.quote(description[0])));
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void help_everyOptionSaysItsDefault(String path) {
    for (OptionSpec o : find(tree(), path).getCommandSpec().options()) {
      if (!o.usageHelp() && !o.versionHelp()) {
        assertThat(String.join(" ", o.description())).as("'dmsim %s %s'", path, o.longestName())
            .containsPattern("default( here)?: [^)]*\\)");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void help_hasOneToThreeExamplesThatParse(String path) {
    String[] examples = find(tree(), path).getCommandSpec().usageMessage().footer();

    assertThat(examples).as("examples of 'dmsim %s'", path).hasSizeBetween(1, 3);
    for (String example : examples) {
      assertThat(example).startsWith("  ").hasSizeLessThan(80);
      String command = example.trim();
      if (command.startsWith("dmsim ")) {
        String[] args = command.substring("dmsim ".length()).split(" ");
        assertThatCode(() -> tree().parseArgs(args)).as(example).doesNotThrowAnyException();
        assertThat(command).as("an example of 'dmsim %s' runs that command", path)
            .startsWith(("dmsim " + path).trim());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void help_fitsEightyColumnsAndEndsWithExamples(String path) {
    StringWriter text = new StringWriter();
    find(tree(), path).usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);

    assertThat(text.toString().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(text.toString()).startsWith("Usage: dmsim").contains("\nExamples:\n");
    List<String> lines = text.toString().lines().toList();
    assertThat(lines.subList(lines.indexOf("Examples:") + 1, lines.size()))
        .containsExactlyElementsOf(Arrays.asList(find(tree(), path).getCommandSpec().usageMessage().footer()));
  }
}
