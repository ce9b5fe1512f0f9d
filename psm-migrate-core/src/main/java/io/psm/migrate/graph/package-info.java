/** The revision graph: revisions, heads, bases, branch and merge points, and target resolution. */
package io.psm.migrate.graph;
