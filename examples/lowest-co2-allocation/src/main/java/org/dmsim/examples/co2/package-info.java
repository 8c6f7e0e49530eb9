/**
 * An example plug-in: an allocation rule written against dmsim's public policy API only
 * ({@code org.dmsim.model.mfg.policy}). The rule it follows: plug-ins see read-only views and keep no
 * state shared between runs.
 */
package org.dmsim.examples.co2;
