/**
 * The simulation core of a live session (the classroom view of issue 14, without the web server): the
 * variants of a scenario or experiment stepped side by side in simulated time, snapshots of their sites
 * and daily indicators, interventions applied to every variant alike, and the session's recording as an
 * experiment file that {@code dmsim run} replays. The rule it must not break: a session's results are
 * always those of an ordinary run of its recording, so an intervention never changes the past.
 */
package org.dmsim.scenarios.live;
