package org.dmsim.scenarios.game;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.dmsim.model.mfg.policy.RuleRef;
import org.dmsim.scenarios.yaml.Scenario;
import org.dmsim.scenarios.yaml.ScenarioException;
import org.dmsim.scenarios.yaml.ScenarioLoader;

/**
 * A multiplayer Beer Game session: teams of four seats (retailer, wholesaler, distributor, factory) on
 * the chain of a game file such as {@code scenarios/library/beer-game.yaml}, played in weekly turns.
 * Players join with the game's code and get a seat token; empty seats are played by the computer (the
 * stage's rule of the game file, with the facilitator's parameters). A turn closes when every player of
 * every team has entered an order, when its timer runs out ({@link #tick}), or when the facilitator
 * closes it; a player who entered nothing that turn then repeats their last order, or is played by the
 * rule if they never ordered.
 *
 * <p><b>The game's state is the simulation's.</b> When a turn closes, each team's chain is run again from
 * time 0 with every stage's orders so far (a stage the rule plays by its rule): what every page shows is
 * read from that run, and {@link #save} writes the same runs as an experiment that {@code dmsim run}
 * replays. No order can change an earlier week: orders take at least a moment to travel.
 *
 * <p>Time is passed in ({@code nowMs}, any monotonic clock in ms): nothing in here reads a clock, so a test
 * plays a game to the millisecond. <b>Not thread-safe</b>: one caller (the server's game actor) drives it.
 * Every refusal is a {@link GameRefused} with a message for the person who asked, and changes nothing.
 */
public final class BeerGame {
  /** The longest player name, characters. */
  public static final int MAX_NAME = 40;

  private final GameChain chain;
  private final GameSettings settings;
  private final Path gameFile;
  private final String code;
  private final List<Team> teams = new ArrayList<>();
  private final Map<String, Seat> seatsByToken = new TreeMap<>();
  private final Map<String, Team> teamsByToken = new TreeMap<>();
  private final SecureRandom tokens = new SecureRandom();
  private final ChainWeeks ruleChain;
  private GameState state = GameState.LOBBY;
  private int closed;
  private long deadlineMs;
  private long remainingMs;
  private Debrief finalDebrief;

  private BeerGame(Scenario scenario, Path gameFile, GameSettings settings, RandomGenerator codeSource) {
    this.chain = GameChain.of(scenario, settings.computerOverrides());
    if (settings.turns() > chain.fileWeeks()) {
      throw new GameRefused("turns: expected 1 to " + chain.fileWeeks() + " (the weeks of " + gameFile.getFileName()
          + "), got " + settings.turns());
    }
    this.settings = settings;
    this.gameFile = gameFile;
    this.code = GameCodes.code(codeSource);
    this.ruleChain = chain.run(chain.computerRules(), settings.turns());
    for (int t = 1; t <= settings.teams(); t++) {
      teams.add(new Team(t, settings.turns(), ruleChain));
    }
    this.remainingMs = turnMs();
  }

  /**
   * A game on the chain of {@code gameFile}, its code drawn from a {@link SecureRandom}.
   *
   * @throws ScenarioException when the file cannot be read, with its file, line and column
   * @throws GameRefused when it is not a four-stage chain, or the settings do not suit it
   */
  public static BeerGame create(Path gameFile, GameSettings settings) throws ScenarioException {
    return create(gameFile, settings, new SecureRandom());
  }

  /**
   * A game on the chain of {@code gameFile}, its code drawn from {@code codeSource} (a seeded one makes the
   * code repeatable in tests; seat tokens are always drawn from a {@link SecureRandom}).
   *
   * @throws ScenarioException when the file cannot be read, with its file, line and column
   * @throws GameRefused when it is not a four-stage chain, or the settings do not suit it
   */
  public static BeerGame create(Path gameFile, GameSettings settings, RandomGenerator codeSource)
      throws ScenarioException {
    return create(ScenarioLoader.load(gameFile), gameFile, settings, codeSource);
  }

  /**
   * A game on the chain of {@code scenario}, already loaded from {@code gameFile} (which the saved game names).
   *
   * @throws GameRefused when it is not a four-stage chain, or the settings do not suit it
   */
  public static BeerGame create(Scenario scenario, Path gameFile, GameSettings settings, RandomGenerator codeSource) {
    return new BeerGame(scenario, gameFile, settings, codeSource);
  }

  /** The code players join with. */
  public String code() {
    return code;
  }

  /** Where the game is. */
  public GameState state() {
    return state;
  }

  /** The settings it was created with. */
  public GameSettings settings() {
    return settings;
  }

  /** Weeks whose orders are decided (turns closed). */
  public int weeksPlayed() {
    return closed;
  }

  // ---- players

  /**
   * Seats {@code playerName} in {@code role} of team {@code team} and returns the seat's token, which
   * {@link #rejoin}, {@link #order} and {@link #playerView} take. A player may join before the start or
   * during the game (taking over from the computer), not once it is over.
   *
   * @throws GameRefused for a wrong code, a blank or too long name, a team or role that does not exist, a
   *     taken seat (naming the free ones), or a game that is over
   */
  public String join(String gameCode, String playerName, int team, String role) {
    String given = gameCode == null ? "" : gameCode.strip().toUpperCase(Locale.ROOT);
    if (!given.equals(code)) {
      throw new GameRefused("code: no game has the code \"" + (gameCode == null ? "" : gameCode.strip())
          + "\"; expected the " + GameCodes.CODE_LENGTH + "-character code the facilitator shows");
    }
    if (state == GameState.FINISHED) {
      throw new GameRefused("the game is over: no seat can be taken any more");
    }
    String name = playerName == null ? "" : playerName.strip();
    if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
      throw new GameRefused("name: expected your name, 1 to " + MAX_NAME + " characters on one line");
    }
    if (team < 1 || team > teams.size()) {
      throw new GameRefused("team: expected a team from 1 to " + teams.size() + ", got " + team);
    }
    Role r = Role.parse(role);
    Team t = teams.get(team - 1);
    Seat seat = t.seat(r);
    if (seat.human()) {
      List<String> free = new ArrayList<>();
      for (Role other : Role.values()) {
        if (!t.seat(other).human()) {
          free.add(other.label());
        }
      }
      throw new GameRefused("team " + team + "'s " + r.label() + " is taken by " + seat.sitter() + "; "
          + (free.isEmpty() ? "team " + team + " is full, choose another team"
              : "free seats in team " + team + ": " + String.join(", ", free)));
    }
    String token = GameCodes.token(tokens);
    seat.seat(name, token);
    seatsByToken.put(token, seat);
    teamsByToken.put(token, t);
    return token;
  }

  /**
   * The seat of {@code token} again, for a player who reloaded their page or lost their connection: the
   * same seat, its order of the open turn kept.
   *
   * @throws GameRefused when no seat has this token
   */
  public PlayerView rejoin(String token, long nowMs) {
    return playerView(token, nowMs);
  }

  /**
   * Enters the order {@code text} (cases) of the seat {@code token} for the open turn; a second order in the
   * same turn replaces the first. If it was the last order missing, the turn closes at once. If the timer
   * ran out before it came in, the turn closes without it and the order is refused.
   *
   * @return the seat's view after the order
   * @throws GameRefused when the text is not a whole number from 0 to {@link OrderEntry#MAX_CASES}, the token
   *     is unknown, the game is not running, or the turn closed before the order came in
   */
  public PlayerView order(String token, String text, long nowMs) {
    Seat seat = seat(token);
    int turn = closed + 1;
    tick(nowMs);
    if (state == GameState.RUNNING && closed + 1 != turn) {
      throw new GameRefused("turn " + turn + " closed before your order came in (the timer ran out); this is turn "
          + (closed + 1) + ": enter your order again");
    }
    requireOrdering();
    seat.enter(OrderEntry.parse(text));
    if (everyPlayerOrdered()) {
      closeTurn(nowMs);
    }
    return playerView(token, nowMs);
  }

  private void requireOrdering() {
    switch (state) {
      case LOBBY -> throw new GameRefused("the game has not started yet: wait for the facilitator to start it");
      case PAUSED -> throw new GameRefused("the game is paused: your order was not taken; enter it when it resumes");
      case FINISHED -> throw new GameRefused("the game is over: no more orders");
      default -> { }
    }
  }

  private boolean everyPlayerOrdered() {
    boolean anyone = false;
    for (Team t : teams) {
      for (Role r : Role.values()) {
        Seat s = t.seat(r);
        if (s.human()) {
          anyone = true;
          if (!s.ordered()) {
            return false;
          }
        }
      }
    }
    return anyone;
  }

  // ---- the facilitator

  /**
   * Starts turn 1 and its timer.
   *
   * @throws GameRefused unless the game is in the lobby
   */
  public void start(long nowMs) {
    if (state != GameState.LOBBY) {
      throw new GameRefused("start: the game has already started (it is " + label(state) + ")");
    }
    state = GameState.RUNNING;
    deadlineMs = nowMs + turnMs();
  }

  /**
   * Stops the timer and the orders until {@link #resume}.
   *
   * @throws GameRefused unless the game is running
   */
  public void pause(long nowMs) {
    if (state != GameState.RUNNING) {
      throw new GameRefused("pause: only a running game can be paused (it is " + label(state) + ")");
    }
    remainingMs = Math.max(0, deadlineMs - nowMs);
    state = GameState.PAUSED;
  }

  /**
   * Restarts the timer with the time that was left.
   *
   * @throws GameRefused unless the game is paused
   */
  public void resume(long nowMs) {
    if (state != GameState.PAUSED) {
      throw new GameRefused("resume: only a paused game can be resumed (it is " + label(state) + ")");
    }
    state = GameState.RUNNING;
    deadlineMs = nowMs + remainingMs;
  }

  /**
   * Ends the game after the turns closed so far (the open turn's orders are dropped): the debrief and the
   * saved game cover the weeks played.
   *
   * @throws GameRefused when it is already over
   */
  public void end() {
    if (state == GameState.FINISHED) {
      throw new GameRefused("end: the game is already over");
    }
    state = GameState.FINISHED;
  }

  /**
   * Closes the open turn now, as if its timer had run out.
   *
   * @throws GameRefused unless the game is running
   */
  public void closeTurn(long nowMs) {
    if (state != GameState.RUNNING) {
      throw new GameRefused("close turn: only a running game has an open turn (it is " + label(state) + ")");
    }
    int week = closed + 1;
    for (Team t : teams) {
      t.close(week, chain, settings.turns());
    }
    closed = week;
    if (closed == settings.turns()) {
      state = GameState.FINISHED;
    } else {
      deadlineMs = nowMs + turnMs();
    }
  }

  /**
   * Closes the open turn if its timer has run out by {@code nowMs}; call it often (e.g. every second).
   *
   * @return whether a turn closed
   */
  public boolean tick(long nowMs) {
    if (state == GameState.RUNNING && nowMs >= deadlineMs) {
      closeTurn(nowMs);
      return true;
    }
    return false;
  }

  // ---- views

  /**
   * What the player of seat {@code token} sees now.
   *
   * @throws GameRefused when no seat has this token
   */
  public PlayerView playerView(String token, long nowMs) {
    Seat seat = seat(token);
    Team team = teamsByToken.get(token);
    Role r = seat.role();
    int week = shownWeek();
    ChainWeeks w = team.latest();
    long last = closed == 0 ? chain.startOrder(r) : seat.order(closed);
    return new PlayerView(seat.sitter(), team.number(), r.label(), chain.stage(r), state, week, settings.turns(),
        w.onHand(r, week), w.backlog(r, week), w.demand(r, week), w.received(r, week), last, w.costThrough(r, week),
        seat.ordered(), Math.max(0, seat.entered()), secondsLeft(nowMs));
  }

  /** What the facilitator sees now. */
  public FacilitatorView facilitatorView(long nowMs) {
    List<FacilitatorView.TeamSeats> out = new ArrayList<>(teams.size());
    for (Team t : teams) {
      List<FacilitatorView.SeatStatus> seats = new ArrayList<>(4);
      for (Role r : Role.values()) {
        Seat s = t.seat(r);
        seats.add(new FacilitatorView.SeatStatus(r.label(), s.sitter(), s.human(), s.ordered()));
      }
      out.add(new FacilitatorView.TeamSeats(t.number(), seats));
    }
    return new FacilitatorView(code, state, shownWeek(), settings.turns(), settings.turnSeconds(), secondsLeft(nowMs),
        out);
  }

  /**
   * The debrief over the weeks played: each team's chain as the saved game replays it, and the chain played
   * by the rule on every stage. Final once the game is over; before, it covers the turns closed so far.
   */
  public Debrief debrief() {
    if (finalDebrief != null) {
      return finalDebrief;
    }
    int weeks = closed;
    List<Debrief.TeamDebrief> out = new ArrayList<>(teams.size());
    List<Debrief.EchelonDebrief> byRule = new ArrayList<>(4);
    double ruleCost = 0;
    if (weeks > 0) {
      ChainWeeks rule = chain.run(chain.computerRules(), weeks);
      for (Role r : Role.values()) {
        byRule.add(Debrief.EchelonDebrief.of(r, "rule", rule.of(r)));
        ruleCost += rule.of(r).totalCost();
      }
    }
    for (Team t : teams) {
      List<Debrief.EchelonDebrief> echelons = new ArrayList<>(4);
      double cost = 0;
      if (weeks > 0) {
        ChainWeeks played = chain.run(t.scripted(chain, weeks), weeks);
        for (Role r : Role.values()) {
          echelons.add(Debrief.EchelonDebrief.of(r, t.seat(r).sitter(), played.of(r)));
          cost += played.of(r).totalCost();
        }
      }
      out.add(new Debrief.TeamDebrief(t.number(), echelons, cost));
    }
    Debrief d = new Debrief(weeks, out, byRule, ruleCost);
    if (state == GameState.FINISHED) {
      finalDebrief = d;
    }
    return d;
  }

  /**
   * The game so far as an experiment file that replays it: one variant per team, every stage's orders of the
   * weeks played.
   *
   * @throws GameRefused when no week has been played
   */
  public SavedGame save() {
    if (closed == 0) {
      throw new GameRefused("save: no week has been played yet, so there is nothing to save");
    }
    List<List<String>> variants = new ArrayList<>(teams.size());
    List<String> comments = new ArrayList<>();
    comments.add("Game " + code + ", " + closed + " weeks played, " + teams.size() + " teams.");
    for (Team t : teams) {
      List<String> set = new ArrayList<>(4);
      List<String> who = new ArrayList<>(4);
      Map<Role, RuleRef> policies = t.scripted(chain, closed);
      for (Role r : Role.values()) {
        set.add(SavedGame.override(chain, r, policies.get(r)));
        who.add(r.label() + " " + t.seat(r).sitter());
      }
      variants.add(set);
      comments.add("team-" + t.number() + ": " + String.join(", ", who));
    }
    return new SavedGame(chain.scenario().name() + "-played", gameFile, chain.scenario().defaultSeed(),
        chain.horizonMs(closed), variants, comments);
  }

  /** Every team's policies of the saved game, by team (for tests: the spec the saved game must load to). */
  List<EnumMap<Role, RuleRef>> savedPolicies() {
    List<EnumMap<Role, RuleRef>> out = new ArrayList<>();
    for (Team t : teams) {
      out.add(new EnumMap<>(t.scripted(chain, closed)));
    }
    return out;
  }

  GameChain chain() {
    return chain;
  }

  // ---- helpers

  private Seat seat(String token) {
    Seat s = token == null ? null : seatsByToken.get(token);
    if (s == null) {
      throw new GameRefused("this seat is not known in game " + code + ": join the game again with its code");
    }
    return s;
  }

  /** The week the pages show: the open turn, or once over the last week played (week 1 if none was). */
  private int shownWeek() {
    return state == GameState.FINISHED ? Math.max(1, closed) : closed + 1;
  }

  private long secondsLeft(long nowMs) {
    long ms = switch (state) {
      case LOBBY -> turnMs();
      case RUNNING -> Math.max(0, deadlineMs - nowMs);
      case PAUSED -> remainingMs;
      case FINISHED -> 0;
    };
    return (ms + 999) / 1000;
  }

  private long turnMs() {
    return settings.turnSeconds() * 1000L;
  }

  private static String label(GameState s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}
