package org.faultline.corpus;

/**
 * Escalation episodes for {@link CorpusGenerator#generate(long, int, Escalations)} to inject into a calm background.
 *
 * @param episodes      how many episodes, spread over the generator's conflicts in turn
 * @param rampDays      days from onset to peak; violent incidents grow day by day over them
 * @param peakIncidents violent incidents on the peak day (the ramp rises linearly to it)
 * @param days          the background's length in days, from 2023-01-01
 */
public record Escalations(int episodes, int rampDays, int peakIncidents, int days) {
    public Escalations {
        if (episodes < 1) throw new IllegalArgumentException("episode count " + episodes + " is not positive");
        if (rampDays < 1 || rampDays > 30) throw new IllegalArgumentException("ramp of " + rampDays + " days is not 1-30");
        if (peakIncidents < 1 || peakIncidents > 100)
            throw new IllegalArgumentException("peak of " + peakIncidents + " incidents a day is not 1-100");
        if (days < 60 || days > 3660) throw new IllegalArgumentException("background of " + days + " days is not 60-3660");
    }

    /** {@code episodes} five-day ramps up to five violent incidents a day, over a year of background. */
    public static Escalations of(int episodes) {
        return new Escalations(episodes, 5, 5, 365);
    }
}
