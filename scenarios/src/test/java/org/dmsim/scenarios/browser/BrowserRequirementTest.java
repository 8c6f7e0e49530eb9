package org.dmsim.scenarios.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.dmsim.scenarios.browser.BrowserRequirement.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrowserRequirementTest {
  @TempDir
  Path dir;

  private Path executable(Path folder, String name) throws IOException {
    Files.createDirectories(folder);
    return Files.createFile(folder.resolve(name),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
  }

  @Test
  void of_bothOnPath_runsAndNamesThem() throws IOException {
    Path chromium = executable(dir.resolve("a"), "chromium");
    Path driver = executable(dir.resolve("b"), "chromedriver");

    BrowserRequirement r = BrowserRequirement.of(Map.of("PATH", dir.resolve("a") + ":" + dir.resolve("b"), "CI", "true"));

    assertThat(r.chromium()).contains(chromium);
    assertThat(r.chromedriver()).contains(driver);
    assertThat(r.outcome()).isEqualTo(Outcome.RUN);
    assertThat(r.message()).isEmpty();
  }

  @Test
  void of_notExecutableOrAbsent_isNotFound() throws IOException {
    Files.createFile(dir.resolve("chromium"));

    BrowserRequirement r = BrowserRequirement.of(Map.of("PATH", dir + "::" + dir.resolve("nowhere")));

    assertThat(r.chromium()).isEmpty();
    assertThat(r.chromedriver()).isEmpty();
  }

  @Test
  void outcome_missingWithoutCi_skipsSayingWhatToInstall() throws IOException {
    executable(dir, "chromium");

    BrowserRequirement r = BrowserRequirement.of(Map.of("PATH", dir.toString()));

    assertThat(r.outcome()).isEqualTo(Outcome.SKIP);
    assertThat(r.message()).startsWith("chromedriver is not on PATH: browser tests skipped")
        .endsWith("apt-get install -y chromium chromium-driver");
  }

  @Test
  void outcome_missingUnderCi_failsSayingWhatToInstall() {
    BrowserRequirement r = BrowserRequirement.of(Map.of("PATH", dir.toString(), "CI", "true"));

    assertThat(r.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(r.message()).startsWith("chromium and chromedriver are not on PATH and CI is set")
        .endsWith("apt-get install -y chromium chromium-driver");
  }

  @Test
  void outcome_emptyCiVariable_countsAsNotCi() {
    BrowserRequirement r = new BrowserRequirement(Optional.empty(), Optional.of(dir), false);

    assertThat(BrowserRequirement.of(Map.of("CI", "")).ci()).isFalse();
    assertThat(r.outcome()).isEqualTo(Outcome.SKIP);
    assertThat(r.message()).startsWith("chromium is not on PATH");
  }
}
