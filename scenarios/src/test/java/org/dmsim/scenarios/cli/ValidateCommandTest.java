package org.dmsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static CliRun dmsim(String... args) {
    return CliRun.of(args);
  }

  @Test
  void validate_everyBundledFile_isOkWithItsUtilization() throws IOException {
    String[] files;
    try (var list = Files.list(Path.of("library"))) {
      files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().map(Path::toString).toArray(String[]::new);
    }
    CliRun r = dmsim(concat("validate", files));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    for (String f : files) {
      assertThat(r.out()).containsAnyOf(f + ": ok (", f + ": a market part");
    }
    assertThat(r.out()).contains("library/eu-spare-parts-centralized.yaml: expected machine utilization 66 % overall")
        .doesNotContain("warning");
  }

  @Test
  void validate_brokenFile_listsItsProblemsAndExits2(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    copyMarket(dir);
    String text = Files.readString(Path.of("library", "eu-spare-parts-centralized.yaml"))
        .replaceFirst("fixedCostEurPerDay: ", "fixedCostEurPerDay: -");
    Files.writeString(bad, text);
    CliRun r = dmsim("validate", bad.toString(), "library/mm1.yaml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(bad + ":").contains("fixedCostEurPerDay").contains("1 of 2 files did not validate");
    assertThat(r.out()).contains("library/mm1.yaml: ok");
  }

  @Test
  void validate_demandBeyondCapacity_warnsButPasses(@TempDir Path dir) throws IOException {
    Path busy = dir.resolve("busy.yaml");
    Files.copy(Path.of("library", "eu-spare-parts-centralized.yaml"), busy);
    // Three times the demand the network was sized for (utilization 0.665).
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("ordersPerDay: ([0-9.]+)")
        .matcher(Files.readString(Path.of("library", "eu-spare-parts-market.yaml")));
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(text, "ordersPerDay: " + 3 * Double.parseDouble(m.group(1)));
    }
    m.appendTail(text);
    Files.writeString(dir.resolve("eu-spare-parts-market.yaml"), text);
    CliRun r = dmsim("validate", busy.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("warning: the design cannot meet its demand");
  }

  @Test
  void validate_withPluginsFolder_acceptsTheRulesOfItsJars(@TempDir Path dir) throws IOException {
    Path green = dir.resolve("green.yaml");
    copyMarket(dir);
    Files.writeString(green, Files.readString(Path.of("library", "eu-spare-parts-distributed.yaml"))
        .replace("allocation: nearest", "allocation: {rule: lowest-co2, params: {tolerance: 0.5}}"));
    CliRun r = dmsim("validate", green.toString(), "--plugins", "../examples/lowest-co2-allocation/target");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(green + ": ok");
  }

  @Test
  void plugins_notAFolderOrNoJars_isAUsageError(@TempDir Path dir) {
    CliRun missing = dmsim("validate", "library/mm1.yaml", "--plugins", dir.resolve("nothing").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("--plugins expects a folder of plug-in jars").doesNotContain("Exception");
    CliRun empty = dmsim("validate", "library/mm1.yaml", "--plugins", dir.toString());
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("has none");
  }

  private static void copyMarket(Path dir) throws IOException {
    Files.copy(Path.of("library", "eu-spare-parts-market.yaml"), dir.resolve("eu-spare-parts-market.yaml"));
  }

  private static String[] concat(String first, String... rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
