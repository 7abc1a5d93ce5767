/**
 * The escalation watch: daily and weekly series per dyad and region from the merged view, a baseline per series from
 * its own history, alerts when the last window is out of baseline or a change point is crossed, and a backtest on
 * generated escalation episodes.
 */
package org.faultline.watch;
