package org.dmsim.reports.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network's map geometry: every place at its coordinates, lanes with the normal assignment's flow. */
class NetworkGeometriesTest {
  @TempDir
  Path dir;

  @Test
  void of_tinyNetwork_placesEveryNodeWithItsKindAndMachines() {
    NetworkGeometry g = NetworkGeometries.of("central", TinyNetwork.spec());

    assertThat(g.variant()).isEqualTo("central");
    assertThat(g.nodes()).extracting(NetworkGeometry.Node::id, NetworkGeometry.Node::kind,
        NetworkGeometry.Node::machines).containsExactly(
            org.assertj.core.groups.Tuple.tuple("plant-a", "plant", 3),
            org.assertj.core.groups.Tuple.tuple("mf-b", "microfactory", 1),
            org.assertj.core.groups.Tuple.tuple("dc-c", "distribution-centre", 0),
            org.assertj.core.groups.Tuple.tuple("sup-d", "supplier", 0),
            org.assertj.core.groups.Tuple.tuple("region-p", "region", 0));
    assertThat(g.nodes().get(0).lat()).isEqualTo(50.11);
    assertThat(g.nodes().get(0).lon()).isEqualTo(8.68);
  }

  @Test
  void of_tinyNetwork_lanesCarryEachRegionsMeanDemandFromItsFirstChoice() {
    NetworkGeometry g = NetworkGeometries.of("central", TinyNetwork.spec());

    // Paris orders 2 × 3 widgets a day: the nearest CNC site is the Frankfurt plant (Milan is farther);
    // 2 × 3 kits a day come from the only DC, refilled by the plant; 2 bolts per widget from Dortmund.
    assertThat(g.lanes()).extracting(NetworkGeometry.Lane::from, NetworkGeometry.Lane::to)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("plant-a", "region-p"),
            org.assertj.core.groups.Tuple.tuple("dc-c", "region-p"),
            org.assertj.core.groups.Tuple.tuple("plant-a", "dc-c"),
            org.assertj.core.groups.Tuple.tuple("sup-d", "plant-a"));
    assertThat(flow(g, "plant-a", "region-p")).isCloseTo(6, within(1e-9));
    assertThat(flow(g, "dc-c", "region-p")).isCloseTo(6, within(1e-9));
    assertThat(flow(g, "plant-a", "dc-c")).isCloseTo(6, within(1e-9));
    assertThat(flow(g, "sup-d", "plant-a")).isCloseTo(12, within(1e-9));
  }

  @Test
  void networkJson_roundTrips() throws Exception {
    List<NetworkGeometry> written = List.of(NetworkGeometries.of("central", TinyNetwork.spec()),
        new NetworkGeometry("empty", List.of(), List.of()));

    Path file = NetworkJson.write(dir, written);

    assertThat(file).isEqualTo(dir.resolve("network.json"));
    assertThat(NetworkJson.read(file)).isEqualTo(written);
  }

  @Test
  void read_aNodeWithoutLatitude_namesTheFileEntryAndField() throws Exception {
    Path file = dir.resolve("network.json");
    Files.writeString(file, "{\"variants\": [{\"variant\": \"v\", \"nodes\": [{\"id\": \"a\", \"kind\": \"plant\","
        + " \"lon\": 1, \"machines\": 2}], \"lanes\": []}]}");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> NetworkJson.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": variants[0]: field \"lat\": expected a number");
  }

  private static double flow(NetworkGeometry g, String from, String to) {
    return g.lanes().stream().filter(l -> l.from().equals(from) && l.to().equals(to)).findFirst().orElseThrow()
        .unitsPerDay();
  }
}
