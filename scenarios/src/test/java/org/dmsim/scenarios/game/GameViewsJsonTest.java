package org.dmsim.scenarios.game;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The views as the server will send them: Jackson 2.11 (Akka's) does not know records, so the views ask for
 * their fields ({@code @JsonAutoDetect}); any ObjectMapper then writes every component by name.
 */
class GameViewsJsonTest {
  @Test
  void views_serializeToJsonWithEveryComponent() throws Exception {
    BeerGame game = BeerGame.create(BeerGameTest.GAME, GameSettings.of(1).withTurns(2), new SplittableRandom(1));
    String token = game.join(game.code(), "Ann", 1, "retailer");
    game.start(0);
    game.order(token, "7", 0);
    ObjectMapper json = new ObjectMapper();

    JsonNode player = json.readTree(json.writeValueAsString(game.playerView(token, 0)));
    assertThat(player.get("role").asText()).isEqualTo("retailer");
    assertThat(player.get("state").asText()).isEqualTo("RUNNING");
    assertThat(player.get("turn").asInt()).isEqualTo(2);
    assertThat(player.get("lastOrder").asLong()).isEqualTo(7);
    assertThat(player.get("onHand").asLong()).isEqualTo(12);

    JsonNode facilitator = json.readTree(json.writeValueAsString(game.facilitatorView(0)));
    assertThat(facilitator.get("code").asText()).isEqualTo(game.code());
    assertThat(facilitator.at("/teams/0/seats/0/sitter").asText()).isEqualTo("Ann");

    game.closeTurn(0);
    JsonNode debrief = json.readTree(json.writeValueAsString(game.debrief()));
    assertThat(debrief.at("/teams/0/echelons/0/orders/0").asLong()).isEqualTo(7);
    assertThat(debrief.at("/byRule/3/playedBy").asText()).isEqualTo("rule");
  }
}
