package org.dmsim.scenarios.cli.option;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DirectoryOptionTest {
  @Test
  void convert_path_isThatPath() {
    assertThat(new DirectoryOption().convert("runs/x")).isEqualTo(Path.of("runs/x"));
  }

  @Test
  void convert_blank_expectsADirectory() {
    assertThatThrownBy(() -> new DirectoryOption().convert(" "))
        .isInstanceOf(Expected.class)
        .hasMessage("a directory");
  }
}
