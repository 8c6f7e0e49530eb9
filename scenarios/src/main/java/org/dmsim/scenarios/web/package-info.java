/**
 * {@code dmsim live}'s web server: Akka HTTP routes over a {@link org.dmsim.scenarios.live.LiveSession}
 * driven by one session actor, the page and its script (bundled in the jar: nothing is fetched from
 * anywhere else), and the JSON the page reads.
 */
package org.dmsim.scenarios.web;
