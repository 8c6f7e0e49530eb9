/** Tests of experiments over a cluster: members on 127.0.0.1 in this JVM, results equal to a local run. */
package org.dmsim.scenarios.cluster;
