package org.dmsim.reports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dmsim.model.stats.Interval;
import org.dmsim.model.time.SimTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StressCsvTest {
  @TempDir
  Path dir;

  @Test
  void write_twoNodes_oneRowEachInRankOrderWithUnitsInTheHeader() throws Exception {
    Interval tts = Interval.studentT(new double[] {3, 5}, 0.95);
    Interval loss = Interval.studentT(new double[] {100, 140}, 0.95);
    Interval lost = Interval.studentT(new double[] {10, 12}, 0.95);
    Interval fill = Interval.studentT(new double[] {0.9, 0.92}, 0.95);
    List<StressCsv.Row> rows = List.of(
        new StressCsv.Row("plant", "plant", tts, 0, loss, lost, fill),
        new StressCsv.Row("dc-paris", "distribution-centre", null, 2, null, lost, fill));

    Path file = StressCsv.write(dir, 60 * SimTime.DAY_MS, 14 * SimTime.DAY_MS, 2, rows);

    List<String> lines = Files.readAllLines(file);
    assertThat(file.getFileName().toString()).isEqualTo("stress.csv");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("rank,node,kind,outage_start_d,outage_d,replications,"
        + "survived_whole_outage_replications,time_to_survive_d_mean,time_to_survive_d_half_width,"
        + "loss_unit_days_mean,loss_unit_days_half_width,lost_sales_units_mean,lost_sales_units_half_width,"
        + "on_time_fill_rate_mean,on_time_fill_rate_half_width,confidence");
    assertThat(lines.get(1)).startsWith("1,plant,plant,60,14,2,0,4,")
        .contains(",120,").endsWith(",0.95");
    assertThat(lines.get(2)).as("an undefined indicator is two empty cells")
        .startsWith("2,dc-paris,distribution-centre,60,14,2,2,,,,,11,");
    for (String line : lines) {
      assertThat(line.split(",", -1)).hasSize(16);
    }
  }

  @Test
  void read_whatWriteWrote_givesTheRowsOutageAndIntervalsBack() throws Exception {
    Interval tts = Interval.studentT(new double[] {3, 5}, 0.95);
    Interval loss = Interval.studentT(new double[] {100, 140}, 0.95);
    List<StressCsv.Row> rows = List.of(
        new StressCsv.Row("plant", "plant", tts, 0, loss, loss, tts),
        new StressCsv.Row("dc-paris", "distribution-centre", null, 2, null, loss, tts));
    StressCsv.write(dir, 60 * SimTime.DAY_MS, 14 * SimTime.DAY_MS, 2, rows);

    StressCsv.Ranking back = StressCsv.read(dir);

    assertThat(back.outageStartDays()).isEqualTo(60);
    assertThat(back.outageDays()).isEqualTo(14);
    assertThat(back.replications()).isEqualTo(2);
    assertThat(back.rows()).extracting(StressCsv.Row::node).containsExactly("plant", "dc-paris");
    StressCsv.Row plant = back.rows().get(0);
    assertThat(plant.timeToSurviveDays().mean()).isEqualTo(tts.mean());
    assertThat(plant.timeToSurviveDays().halfWidth()).isEqualTo(tts.halfWidth());
    assertThat(plant.timeToSurviveDays().lower()).isEqualTo(tts.mean() - tts.halfWidth());
    assertThat(plant.lossUnitDays().n()).isEqualTo(2);
    assertThat(back.rows().get(1).timeToSurviveDays()).as("an empty cell is undefined").isNull();
    assertThat(back.rows().get(1).survivedWholeOutage()).isEqualTo(2);
  }

  @Test
  void read_malformedNumber_namesTheFileLineAndColumn() throws Exception {
    Files.writeString(dir.resolve("stress.csv"), "rank,node,kind,outage_start_d,outage_d,replications,"
        + "survived_whole_outage_replications,time_to_survive_d_mean,time_to_survive_d_half_width,"
        + "loss_unit_days_mean,loss_unit_days_half_width,lost_sales_units_mean,lost_sales_units_half_width,"
        + "on_time_fill_rate_mean,on_time_fill_rate_half_width,confidence\n1,p,plant,60,14,2,0,abc,,,,,,,,0.95\n");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StressCsv.read(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(dir.resolve("stress.csv") + ":2: time_to_survive_d_mean: expected a number, found \"abc\"");
  }

  @Test
  void writeThenRead_lanes_keepsTheElementTheFillDuringTheDisruptionAndTheNormalFlow() throws Exception {
    Interval loss = Interval.studentT(new double[] {100, 140}, 0.95);
    Interval during = Interval.studentT(new double[] {0.4, 0.5}, 0.95);
    List<StressCsv.Row> rows = List.of(
        new StressCsv.Row("plant->region-a", "lane", loss, 0, loss, loss, during, during, 1572, 1600),
        new StressCsv.Row("supplier->plant", "lane", loss, 0, loss, loss, during, null, 20, 0));

    StressCsv.write(dir, "lane", 60 * SimTime.DAY_MS, 90 * SimTime.DAY_MS, 2, rows);
    List<String> lines = Files.readAllLines(dir.resolve(StressCsv.FILE));
    StressCsv.Ranking back = StressCsv.read(dir);

    assertThat(lines.get(0)).startsWith("rank,lane,kind,").endsWith(",confidence,fill_during_disruption_mean,"
        + "fill_during_disruption_half_width,normal_flow_shipments,normal_flow_units");
    assertThat(lines.get(1)).endsWith(",0.95,0.45,0.6353102368087371,1572,1600");
    assertThat(lines.get(2)).as("an undefined fill is two empty cells").endsWith(",0.95,,,20,0");
    assertThat(back.element()).isEqualTo("lane");
    assertThat(back.rows().get(0).fillDuringDisruption().mean()).isEqualTo(0.45);
    assertThat(back.rows().get(0).normalFlowShipments()).isEqualTo(1572);
    assertThat(back.rows().get(0).normalFlowUnits()).isEqualTo(1600);
    assertThat(back.rows().get(1).fillDuringDisruption()).isNull();
  }

  @Test
  void read_nodes_hasNoFillDuringTheDisruptionNorFlow() throws Exception {
    Interval loss = Interval.studentT(new double[] {100, 140}, 0.95);
    StressCsv.write(dir, 60 * SimTime.DAY_MS, 14 * SimTime.DAY_MS, 2,
        List.of(new StressCsv.Row("plant", "plant", loss, 0, loss, loss, loss)));

    StressCsv.Ranking back = StressCsv.read(dir);

    assertThat(back.element()).isEqualTo(StressCsv.NODE);
    assertThat(back.rows().get(0).fillDuringDisruption()).isNull();
    assertThat(back.rows().get(0).normalFlowShipments()).isEqualTo(-1);
  }

  @Test
  void read_aLaneFileWithTheNodeColumnCount_namesTheLine() throws Exception {
    Files.writeString(dir.resolve(StressCsv.FILE), "rank,lane,kind,outage_start_d,outage_d,replications,x\n"
        + "1,a->b,lane,60,14,2,0,,,,,,,,,0.95\n");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StressCsv.read(dir))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":2: expected 20 fields, found 16");
  }
}
