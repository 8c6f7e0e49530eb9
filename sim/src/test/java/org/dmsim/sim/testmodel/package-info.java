/**
 * Small models used only by engine tests: a random network of chattering entities, and two nodes
 * (with or without a child each) whose entities run the actions a test gives them.
 */
package org.dmsim.sim.testmodel;
