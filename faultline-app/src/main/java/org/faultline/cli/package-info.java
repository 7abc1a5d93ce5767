/** The faultline command line: one class per subcommand. */
package org.faultline.cli;
