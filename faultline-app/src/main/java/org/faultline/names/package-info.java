/**
 * Naming politics: for every place of several names, which outlets and which speakers' countries write which name,
 * when, and how often they mark it (scare quotes, "so-called", "occupied"), read from the names the store keeps.
 */
package org.faultline.names;
