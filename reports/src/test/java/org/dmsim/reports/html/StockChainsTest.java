package org.dmsim.reports.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dmsim.model.mfg.kpi.EchelonSeries;
import org.dmsim.reports.chart.StockChainChart;
import org.dmsim.reports.csv.EchelonCsv;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@code echelons.csv} back for the report, and the chain chart's dataset. */
class StockChainsTest {
  private static final String ROWS = EchelonCsv.HEADER + "\n"
      + "classic,rule,0,retailer,0,1,4,4,4,12,0,6\n"
      + "classic,rule,0,retailer,0,2,8,2,9,0,6,6\n"
      + "classic,rule,0,factory,1,1,4,4,5,12,0,6\n"
      + "classic,rule,0,factory,1,2,9,9,7,3,0,1.5\n"
      + "classic,rule,1,retailer,0,1,99,99,99,99,99,99\n"
      + "classic,other,0,retailer,0,1,4,4,4,12,0,6\n";

  @Test
  void read_keepsTheFirstReplicationOfEachCaseAndVariant_inFileOrder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(EchelonCsv.FILE), ROWS);
    StockChains chains = StockChains.read(dir);

    assertThat(chains.chains()).extracting(StockChains.Chain::variant).containsExactly("rule", "other");
    StockChains.Chain rule = chains.chains().get(0);
    assertThat(rule.replication()).isZero();
    assertThat(rule.stages()).extracting(EchelonSeries::stage).containsExactly("retailer", "factory");
    EchelonSeries retailer = rule.stages().get(0);
    assertThat(retailer.orders()).containsExactly(4, 9);
    assertThat(retailer.fillRate()).isEqualTo(6.0 / 12);
    assertThat(rule.stages().get(1).depth()).isEqualTo(1);
    assertThat(rule.stages().get(1).totalCost()).isEqualTo(7.5);

    XYSeriesCollection net = StockChainChart.dataset(rule.stages(), StockChainChart::netStock);
    assertThat(net.getSeriesKey(0)).isEqualTo("retailer");
    assertThat(net.getYValue(0, 1)).isEqualTo(-6);
    assertThat(net.getXValue(1, 1)).isEqualTo(2);
  }

  @Test
  void read_withoutTheFile_isNone_andABadLineNamesItsPlace(@TempDir Path dir) throws Exception {
    assertThat(StockChains.read(dir).chains()).isEmpty();
    Files.writeString(dir.resolve(EchelonCsv.FILE), EchelonCsv.HEADER + "\nclassic,rule,0,retailer,0,1,4,x,4,12,0,6\n");
    assertThatThrownBy(() -> StockChains.read(dir)).isInstanceOf(ResultsFolderException.class)
        .hasMessageEndingWith("echelons.csv:2: filled_units: expected a number, found \"x\"");
  }
}
