package org.dmsim.scenarios.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The logs {@link ReportInBrowserTest} relies on do record what it looks for: a page that fetches a
 * missing image shows the request and a SEVERE console entry. Without this, an empty log would pass.
 */
@Tag("browser")
@ExtendWith(RequiresChromium.class)
class HeadlessChromiumTest {
  @TempDir
  Path dir;

  @Test
  void open_pageFetchingAMissingImage_logsTheRequestAndAConsoleError() throws IOException {
    BrowserRequirement browser = BrowserRequirement.ofThisMachine();
    Path page = Files.writeString(dir.resolve("page.html"),
        "<!DOCTYPE html><html><head><title>t</title></head><body><img src=\"missing.png\" alt=\"\"></body></html>");

    try (HeadlessChromium chromium = HeadlessChromium.start(browser)) {
      chromium.open(page);

      assertThat(chromium.requestedUrls()).containsExactly(page.toUri().toString(),
          dir.resolve("missing.png").toUri().toString());
      assertThat(chromium.severeConsoleEntries()).singleElement()
          .satisfies(e -> assertThat(e.getMessage()).contains("missing.png"));
    }
  }
}
