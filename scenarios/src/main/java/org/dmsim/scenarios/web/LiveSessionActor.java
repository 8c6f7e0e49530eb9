package org.dmsim.scenarios.web;

import akka.actor.typed.Behavior;
import akka.actor.typed.javadsl.AbstractBehavior;
import akka.actor.typed.javadsl.ActorContext;
import akka.actor.typed.javadsl.Behaviors;
import akka.actor.typed.javadsl.Receive;
import akka.actor.typed.javadsl.TimerScheduler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import org.dmsim.model.result.RunResult;
import org.dmsim.scenarios.live.LiveSession;

/**
 * The one owner of a {@link LiveSession} (which is not thread-safe): answers the routes' requests in
 * turn, paces the session while playing (a timer, one simulated day per tick) and writes the session's
 * recording after every intervention and when the run reaches its end, with the runs' digest then. Runs on the blocking dispatcher,
 * so that an intervention's re-run never holds up the HTTP server's threads.
 */
final class LiveSessionActor extends AbstractBehavior<SessionMessage> {
  /** The fastest pace the page can ask for, ms per simulated day. */
  static final long MIN_DAY_MS = 10;
  /** The slowest pace, ms per simulated day. */
  static final long MAX_DAY_MS = 60_000;
  /** The most days one step may take. */
  static final int MAX_STEP_DAYS = 365;

  private static final Object TICK = "tick";

  private final TimerScheduler<SessionMessage> timers;
  private final Supplier<LiveSession> opener;
  private final Path recordingFile;
  private LiveSession session;
  private String network;
  private boolean playing;
  private long dayMs;
  private long version;
  private String digest;
  /** The state's JSON at {@link #stateVersion}: a whole class may poll, the session changes a few times a second. */
  private String stateJson;
  private long stateVersion = -1;

  private LiveSessionActor(ActorContext<SessionMessage> context, TimerScheduler<SessionMessage> timers,
      LiveSession first, Supplier<LiveSession> opener, long dayMs, Path recordingFile) {
    super(context);
    this.timers = timers;
    this.opener = opener;
    this.dayMs = dayMs;
    this.recordingFile = recordingFile;
    this.session = first;
  }

  /**
   * The actor of session {@code first}; {@code opener} opens a fresh one on restart, {@code dayMs} is the
   * pace, and the recording goes to {@code recordingFile}.
   */
  static Behavior<SessionMessage> create(LiveSession first, Supplier<LiveSession> opener, long dayMs,
      Path recordingFile) {
    return Behaviors.withTimers(timers -> Behaviors.setup(ctx -> new LiveSessionActor(ctx, timers, first, opener,
        dayMs, recordingFile)));
  }

  @Override
  public Receive<SessionMessage> createReceive() {
    return newReceiveBuilder()
        .onMessage(SessionMessage.GetNetwork.class, m -> answer(m, networkJson()))
        .onMessage(SessionMessage.GetState.class, m -> answer(m, state()))
        .onMessage(SessionMessage.Play.class, this::onPlay)
        .onMessage(SessionMessage.Pause.class, m -> {
          pause();
          return answer(m, state());
        })
        .onMessage(SessionMessage.Step.class, this::onStep)
        .onMessage(SessionMessage.Restart.class, this::onRestart)
        .onMessage(SessionMessage.SetPace.class, this::onSetPace)
        .onMessage(SessionMessage.Intervene.class, this::onIntervene)
        .onMessage(SessionMessage.GetRecording.class,
            m -> answer(m, new Reply(200, Reply.YAML, session.recording().yaml(recordingFile.getParent()))))
        .onMessage(SessionMessage.Tick.class, m -> onTick())
        .build();
  }

  private Behavior<SessionMessage> onPlay(SessionMessage.Play m) {
    if (!session.finished()) {
      playing = true;
      timers.startTimerWithFixedDelay(TICK, SessionMessage.Tick.INSTANCE, Duration.ofMillis(dayMs));
      version++;
    }
    return answer(m, state());
  }

  private Behavior<SessionMessage> onStep(SessionMessage.Step m) {
    if (m.days() < 1 || m.days() > MAX_STEP_DAYS) {
      return answer(m, Reply.refused("days: expected a whole number of days from 1 to " + MAX_STEP_DAYS + ", got "
          + m.days()));
    }
    pause();
    advance((int) m.days());
    return answer(m, state());
  }

  private Behavior<SessionMessage> onRestart(SessionMessage.Restart m) {
    pause();
    session = opener.get();
    digest = null;
    version++;
    return answer(m, state());
  }

  private Behavior<SessionMessage> onSetPace(SessionMessage.SetPace m) {
    if (m.dayMs() < MIN_DAY_MS || m.dayMs() > MAX_DAY_MS) {
      return answer(m, Reply.refused("dayMs: expected " + MIN_DAY_MS + " to " + MAX_DAY_MS
          + " ms of wall time per simulated day, got " + m.dayMs()));
    }
    dayMs = m.dayMs();
    if (playing) {
      timers.startTimerWithFixedDelay(TICK, SessionMessage.Tick.INSTANCE, Duration.ofMillis(dayMs));
    }
    version++;
    return answer(m, state());
  }

  private Behavior<SessionMessage> onIntervene(SessionMessage.Intervene m) {
    try {
      session.intervene(m.at().apply(session.nowMs()));
    } catch (IllegalArgumentException e) {
      return answer(m, Reply.refused(e.getMessage()));
    }
    version++;
    writeRecording();
    return answer(m, state());
  }

  private Behavior<SessionMessage> onTick() {
    if (playing) {
      advance(1);
    }
    return this;
  }

  private void advance(int days) {
    session.advanceDays(days);
    version++;
    if (session.finished()) {
      pause();
      digest = RunResult.digestOf(session.finish());
      writeRecording();
    }
  }

  private void pause() {
    if (playing) {
      playing = false;
      timers.cancel(TICK);
      version++;
    }
  }

  private String state() {
    if (stateVersion != version) {
      stateJson = LiveStateJson.of(session, playing, dayMs, version, digest);
      stateVersion = version;
    }
    return stateJson;
  }

  private String networkJson() {
    if (network == null) {
      network = LiveNetworkJson.of(session.recording().name(), session.variants(), session.specs());
    }
    return network;
  }

  private void writeRecording() {
    try {
      session.recording().writeTo(recordingFile);
    } catch (IOException e) {
      // The session goes on; the page still offers the recording (GET /api/recording).
      getContext().getLog().error("cannot write the session's recording to {}: {}", recordingFile, e.toString());
    }
  }

  private Behavior<SessionMessage> answer(SessionMessage.Request m, String json) {
    return answer(m, Reply.json(json));
  }

  private Behavior<SessionMessage> answer(SessionMessage.Request m, Reply reply) {
    m.replyTo().tell(reply);
    return this;
  }
}
