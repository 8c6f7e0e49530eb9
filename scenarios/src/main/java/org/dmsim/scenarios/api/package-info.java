/**
 * The Java API for researchers: load a scenario, vary it field by field, run it, read its results —
 * the same operations as {@code dmsim run FILE --set PATH=VALUE}, without the command line. The rule:
 * everything here is immutable, and a run depends only on the scenario, its overrides and the options.
 */
package org.dmsim.scenarios.api;
