/**
 * Source track records: for every reporter, cited outlet and claimant in the store, the claims it made, how many
 * another side denied, how many an independent source corroborated, and how its death tolls compare with the other
 * reports of the same incidents: a record of what others reported, not a verdict on truth.
 */
package org.faultline.sources;
