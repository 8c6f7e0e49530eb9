/**
 * Parameter sweeps: an experiment run at every point of a design (full factorial or Latin hypercube) over
 * scenario fields named by their override paths, each point one experiment with the point's overrides.
 * Every point runs the experiment's seed and replications, so all points see the same demand and
 * disruptions (common random numbers across points as well as variants); the points and their order depend
 * only on the parameters, the design and its seed.
 */
package org.dmsim.scenarios.sweep;
