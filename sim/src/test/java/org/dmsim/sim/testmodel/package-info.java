/** Small models used only by engine tests: a random network of chattering entities. */
package org.dmsim.sim.testmodel;
