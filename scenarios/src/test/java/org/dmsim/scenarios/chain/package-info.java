/** Tests of stock chains: the Beer Game and the bullwhip ratio against Chen et al. (2000). */
package org.dmsim.scenarios.chain;
