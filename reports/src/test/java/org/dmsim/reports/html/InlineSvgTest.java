package org.dmsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineSvgTest {
  @Test
  void of_prefixesIdsAndEveryReferenceToThem_dropsNamespaces() {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " style=\"font-family:'Dialog'\"><defs id=\"d1\"><clipPath id=\"clipPath1\"/></defs>"
        + "<rect style=\"clip-path:url(#clipPath1)\"/><use xlink:href=\"#clipPath1\"/></svg>";

    assertThat(InlineSvg.of(svg, "c2-curve")).isEqualTo("<svg style=\"font-family:sans-serif\"><defs id=\"c2-curve-d1\">"
        + "<clipPath id=\"c2-curve-clipPath1\"/></defs><rect style=\"clip-path:url(#c2-curve-clipPath1)\"/>"
        + "<use xlink:href=\"#c2-curve-clipPath1\"/></svg>");
  }
}
