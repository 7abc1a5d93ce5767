package org.faultline.store;

import org.faultline.model.Claim;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.faultline.store.Columns.CITATION;
import static org.faultline.store.Columns.EVENT;
import static org.faultline.store.Columns.EVIDENCE;
import static org.faultline.store.Columns.actor;
import static org.faultline.store.Columns.prefixed;

/**
 * The corpus store: documents with their extraction, the merged-event view, and reviews, in H2 or PostgreSQL.
 * <pre>{@code
 * try (Store store = Store.open(null, Path.of("faultline-data"))) {
 *     store.put(document);                       // false when the same text is already stored
 *     List<MergedEvent> es = store.events(EventQuery.all().withRoot("19"));
 * }
 * }</pre>
 * Each document goes in with its events (with their other mentions, incident and why lines), claims, quotes, places,
 * citations, relations and sentence zones in one transaction.
 * Report rows are never rewritten by the merge; the merged view is rebuilt from them when it is stale.
 * A Store holds one connection and is not meant to be shared between threads (its methods are synchronized).
 */
public final class Store implements AutoCloseable {
    /** Places further apart than this never describe the same incident. */
    public static final double DEFAULT_MERGE_KM = 50;

    private Connection db;
    private final String url;
    private final Merger merger;
    private final ColumnLimits limits;
    /** The embedded database's folder, whose files are kept readable by their owner only; null for a server. */
    private Path privateFolder;

    private Store(Connection db, String url, double mergeKm) throws SQLException {
        this.db = db;
        this.url = url;
        this.merger = new Merger(mergeKm);
        this.limits = ColumnLimits.read(db);
    }

    /**
     * The PostgreSQL (or other JDBC) database at {@code jdbcUrl}, or when it is null the embedded H2 database in
     * {@code dataDir} (created if missing). User and password may sit in the URL.
     */
    public static Store open(String jdbcUrl, Path dataDir) {
        return open(jdbcUrl, dataDir, false);
    }

    /**
     * @param interruptible the calling threads may be interrupted (Flink cancels tasks so): the embedded database then
     *                      reopens its file after an interrupt instead of losing it (H2's "retry:" file system)
     */
    public static Store open(String jdbcUrl, Path dataDir, boolean interruptible) {
        if (jdbcUrl != null) return connect(jdbcUrl, null, null);
        if (dataDir == null) throw new IllegalArgumentException("data directory must not be null without a JDBC URL");
        try {
            PrivateFiles.createFolder(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("data directory '" + dataDir + "' cannot be created: " + e.getMessage(), e);
        }
        String url = "jdbc:h2:" + (interruptible ? "retry:" : "file:") + dataDir.toAbsolutePath().resolve(PrivateFiles.H2_NAME)
                + ";MODE=Regular;WRITE_DELAY=0" + SHARED;
        Store s;
        // one process at a time creates or migrates the schema (Flyway's own lock does not hold on H2, which commits DDL)
        synchronized (OPENING) {
            try (java.nio.channels.FileChannel lock = PrivateFiles.openLock(dataDir);
                 java.nio.channels.FileLock held = lock.lock()) {
                s = connect(url, "sa", "");
            } catch (java.io.IOException e) {
                throw new StoreException("locking " + dataDir + " to open the store", e);
            }
        }
        s.privateFolder = dataDir;
        s.keepPrivate();
        return s;
    }

    /**
     * H2's automatic mixed mode: the first process to open the embedded database serves it to the others over TCP on
     * the loopback interface, at a port and with a random key it writes into {@code faultline.lock.db} (readable by
     * the owner only); when it closes, another process takes the database over and the connections reconnect. So
     * {@code serve}, {@code ingest} and the read commands use one store at the same time.
     */
    static final String SHARED = ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE";

    /** Serialises the opening of embedded stores in this process (a JVM may hold one lock on a file only once). */
    private static final Object OPENING = new Object();

    static {
        // the server of the automatic mixed mode listens on loopback only, unless the user chose another address
        if (System.getProperty("h2.bindAddress") == null) System.setProperty("h2.bindAddress", "127.0.0.1");
    }

    /**
     * Runs one store operation; when the process that served a shared embedded store went away during it (it closed the
     * database, or was stopped), connects again (this process or another one then serves the database) and runs the
     * operation once more. An operation is a read, or a write in one transaction that was rolled back with the
     * connection, so running it again stores nothing twice ({@link #put} finds a document that did go in).
     */
    private <T> T shared(java.util.function.Supplier<T> operation) {
        try {
            return operation.get();
        } catch (StoreException e) {
            if (privateFolder == null || !handedOver(e)) throw e;
            reconnect(e);
            return operation.get();
        }
    }

    /** H2's errors for a connection whose serving process closed the database or went away. */
    private static final java.util.Set<Integer> HANDOVER = java.util.Set.of(
            org.h2.api.ErrorCode.CONNECTION_BROKEN_1, org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN,
            org.h2.api.ErrorCode.DATABASE_IS_CLOSED, org.h2.api.ErrorCode.OBJECT_CLOSED);

    private static boolean handedOver(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && HANDOVER.contains(s.getErrorCode())) return true;
            // the connection reconnected by itself (AUTO_RECONNECT) to the process that took over, but the transaction
            // it was in went with the old one: H2 says so only as a general error naming the rolled-back transaction
            if (t instanceof SQLException s && s.getErrorCode() == org.h2.api.ErrorCode.GENERAL_ERROR_1
                    && String.valueOf(s.getMessage()).contains("ROLLED_BACK")) return true;
            // the old owner closed its store under a transaction of this connection ("Transaction 1 is closed"): H2
            // gives the store's error as the cause when it is in this process, else only in the message's "[version/code]"
            if (t instanceof org.h2.mvstore.MVStoreException m && m.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_CLOSED)
                return true;
            if (t instanceof SQLException s && s.getErrorCode() == org.h2.api.ErrorCode.GENERAL_ERROR_1
                    && storeErrorCode(s.getMessage()) == org.h2.mvstore.DataUtils.ERROR_CLOSED) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern STORE_ERROR =
            java.util.regex.Pattern.compile("MVStoreException: [^\\n]*\\[[0-9.]+/([0-9]+)]");

    /** The code of the MVStore error a general error's message names ("... [2.3.232/4]"), or -1. */
    static int storeErrorCode(String message) {
        if (message == null) return -1;
        var m = STORE_ERROR.matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Waits up to {@link #HANDOVER_MILLIS} for the database to be served again (a killed process's lock goes stale). */
    private void reconnect(StoreException why) {
        try {
            db.close();
        } catch (SQLException ignored) {
            // already broken
        }
        long until = System.currentTimeMillis() + HANDOVER_MILLIS;
        while (true) {
            try {
                db = DriverManager.getConnection(url, "sa", "");
                return;
            } catch (SQLException e) {
                if (System.currentTimeMillis() > until) {
                    why.addSuppressed(e);
                    throw why;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw why;
            }
        }
    }

    private static final long HANDOVER_MILLIS = 30_000;

    /** Makes the embedded database's files readable by their owner only (those H2 made since the last call too). */
    private void keepPrivate() {
        if (privateFolder == null) return;
        try {
            PrivateFiles.restrict(privateFolder);
        } catch (java.io.IOException e) {
            throw new StoreException("making the files of " + privateFolder + " private", e);
        }
    }

    /** Connects to {@code jdbcUrl} and migrates its schema to the current version. */
    public static Store connect(String jdbcUrl, String user, String password) {
        return connect(jdbcUrl, user, password, DEFAULT_MERGE_KM);
    }

    public static Store connect(String jdbcUrl, String user, String password, double mergeKm) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:"))
            throw new IllegalArgumentException("database URL '" + jdbcUrl + "' is not a jdbc: URL");
        try {
            Flyway.configure().dataSource(jdbcUrl, user, password).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
            java.util.Properties login = new java.util.Properties();   // either may be null: the driver's own defaults
            if (user != null) login.setProperty("user", user);
            if (password != null) login.setProperty("password", password);
            Connection c = DriverManager.getConnection(jdbcUrl, login);
            try {
                return new Store(c, jdbcUrl, mergeKm);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("opening " + redacted(jdbcUrl), e);
        } catch (RuntimeException e) {
            throw new StoreException("migrating " + redacted(jdbcUrl), e);
        }
    }

    private static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** The limits of the bounded text columns, as the database reports them. */
    ColumnLimits columnLimits() {
        return limits;
    }

    /**
     * Whether {@code dataDir} holds an embedded store, the H2 file {@link #open(String, Path)} creates there; a read
     * command checks it so that it never creates an empty store.
     */
    public static boolean existsIn(Path dataDir) {
        return dataDir != null && Files.isRegularFile(dataDir.resolve("faultline.mv.db"));
    }

    /** The URL this store is connected to, without a password. */
    public String url() {
        return redacted(url);
    }

    // ---- writing

    /**
     * What keeps {@code article} out of the store before it is coded: its first field longer than its column allows
     * ("field id is 140 characters, limit 128"), or empty when every field fits. {@link #put} refuses such a document
     * with the same words, as it does a coded value too long for its column.
     */
    public synchronized java.util.Optional<String> fieldTooLong(org.faultline.model.Article article) {
        if (article == null) throw new IllegalArgumentException("article must not be null");
        String[][] fields = {{"id", article.id()}, {"source_name", article.source()}, {"outlet", article.outlet()},
                {"title", article.title()}, {"url", article.url()}, {"published_how", article.publishedSource()}};
        for (String[] f : fields) {
            String problem = limits.problem("document", f[0], f[1]);
            if (problem != null) return java.util.Optional.of(problem);
        }
        return java.util.Optional.empty();
    }

    /**
     * Stores a document with its whole extraction in one transaction; false when its id is already stored.
     *
     * @throws StoreException naming the field and its limit when a text is longer than its column allows; nothing of
     *                        the document is stored then
     */
    public synchronized boolean put(Document d) {
        if (d == null) throw new IllegalArgumentException("document must not be null");
        String id = d.article().id();
        boolean[] tried = {false};
        return shared(() -> {
            // a commit whose answer was lost with the connection did go in: the retry finds the document, and it is ours
            if (containsOnce(id)) return tried[0];
            tried[0] = true;
            return write(d, false);
        });
    }

    /**
     * Stores many documents, a thousand to a transaction, skipping those already stored; returns how many were new.
     * Much faster than one {@link #put} each for a bulk load.
     *
     * @throws StoreException after storing all the others, naming each document refused for a text too long for its
     *                        column
     */
    public synchronized int putAll(java.util.Collection<Document> documents) {
        if (documents == null) throw new IllegalArgumentException("documents must not be null");
        List<Document> batch = new ArrayList<>(PUT_BATCH);
        List<StoreException> refused = new ArrayList<>();
        int stored = 0, seen = 0;
        for (Document d : documents) {
            if (d == null) throw new IllegalArgumentException("document #" + seen + " is null");
            seen++;
            batch.add(d);
            if (batch.size() == PUT_BATCH) {
                stored += batch(batch, refused);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) stored += batch(batch, refused);
        if (!refused.isEmpty()) {
            List<String> why = refused.stream().map(Throwable::getMessage).toList();
            throw new StoreException("stored " + stored + " of " + seen + " documents; not stored: " + String.join("; ", why),
                    (ColumnLimits.TooLong) refused.get(0).getCause());
        }
        return stored;
    }

    /** One batch of {@link #putAll}, run again after a handover (each batch is its own transaction). */
    private int batch(List<Document> batch, List<StoreException> refused) {
        java.util.Set<String> tried = new java.util.HashSet<>();
        int before = refused.size();
        return shared(() -> {
            refused.subList(before, refused.size()).clear();   // a retry names the refused documents again
            return writeBatch(batch, refused, tried);
        });
    }

    private static final int PUT_BATCH = 1000;

    /**
     * Stores a batch in one transaction, else one at a time; a document that does not fit goes to {@code refused}.
     *
     * @param tried ids an earlier attempt of this batch found absent and wrote: found now, their commit went in before
     *              the connection was lost
     */
    private int writeBatch(List<Document> batch, List<StoreException> refused, java.util.Set<String> tried) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<Document> fresh = new ArrayList<>();
        int committedBefore = 0;
        for (Document d : batch) {
            String id = d.article().id();
            if (!ids.add(id)) continue;
            if (!containsOnce(id)) fresh.add(d);
            else if (tried.contains(id)) committedBefore++;
        }
        if (fresh.isEmpty()) return committedBefore;
        for (Document d : fresh) tried.add(d.article().id());
        try {
            db.setAutoCommit(false);
            for (Document d : fresh) {
                DocumentWriter.insert(db, d, limits);
                WebRows.insertMentions(db, d, limits);
            }
            markStale(fresh);
            db.commit();
            writes++;
            return committedBefore + fresh.size();
        } catch (ColumnLimits.TooLong e) {
            rollback();   // one document does not fit: the others go in one at a time below
        } catch (SQLException e) {
            rollback();
            if (!"23505".equals(e.getSQLState()))
                throw new StoreException("storing documents " + fresh.get(0).article().id() + " .. "
                        + fresh.get(fresh.size() - 1).article().id(), e);
        } finally {
            autoCommit();
        }
        int n = committedBefore;   // stored meanwhile by another connection, or one does not fit: one at a time
        for (Document d : fresh) {
            try {
                if (put(d)) n++;
            } catch (StoreException e) {
                if (!(e.getCause() instanceof ColumnLimits.TooLong tooLong)) throw e;
                refused.add(new StoreException(d.article().source() + ": " + e.getMessage(), tooLong));
            }
        }
        return n;
    }

    /** Replaces a document's rows (after re-coding) in one transaction; reviews stay. */
    public synchronized void replace(Document d) {
        shared(() -> {
            replaceOnce(d);
            return null;
        });
    }

    private void replaceOnce(Document d) {
        if (d == null) throw new IllegalArgumentException("document must not be null");
        write(d, true);
    }

    private boolean write(Document d, boolean replace) {
        try {
            db.setAutoCommit(false);
            if (replace) {
                try (PreparedStatement ps = db.prepareStatement("DELETE FROM document WHERE id = ?")) {
                    ps.setString(1, d.article().id());
                    ps.executeUpdate();
                }
            }
            DocumentWriter.insert(db, d, limits);
            WebRows.insertMentions(db, d, limits);
            if (replace) markStale();   // its events may have moved between roots
            else markStale(List.of(d));
            db.commit();
            writes++;
            return true;
        } catch (ColumnLimits.TooLong e) {
            rollback();
            throw new StoreException(e.getMessage(), e);
        } catch (SQLException e) {
            rollback();
            if ("23505".equals(e.getSQLState())) return false;   // unique violation: stored meanwhile
            throw new StoreException("storing document " + d.article().id() + " (" + d.article().source() + ")", e);
        } finally {
            autoCommit();
        }
    }

    private void markStale() throws SQLException {
        try (Statement st = db.createStatement()) {
            st.executeUpdate("UPDATE store_state SET state_value = 'true' WHERE state_key = 'merged_stale'");
        }
    }

    /** Marks the parts of the merged view that new documents touch (everything, if a part has no mark row). */
    private void markStale(List<Document> documents) throws SQLException {
        java.util.Set<String> parts = new java.util.TreeSet<>();
        for (Document d : documents) parts.addAll(mergeParts(d));
        if (parts.isEmpty()) return;
        try (PreparedStatement ps = db.prepareStatement("UPDATE store_state SET state_value = 'true' WHERE state_key IN ("
                + String.join(", ", java.util.Collections.nCopies(parts.size(), "?")) + ")")) {
            int i = 1;
            for (String p : parts) ps.setString(i++, STALE_PART + p);
            if (ps.executeUpdate() < parts.size()) markStale();
        }
    }

    private static final String STALE_PART = "merged_stale:";
    /** The part of the merged view that holds the claims about no stored event. */
    public static final String CLAIMS_WITHOUT_EVENT = Merger.UNATTACHED;

    /**
     * The parts of the merged view a document touches: the CAMEO root of each of its events, and
     * {@link #CLAIMS_WITHOUT_EVENT} when it has claims. Storing it makes these parts stale; {@link #rebuildMerged(String)}
     * rebuilds one part. A streaming job keys its merge by these.
     */
    public static java.util.Set<String> mergeParts(Document d) {
        java.util.Set<String> parts = new java.util.TreeSet<>();
        for (var e : d.events()) parts.add(e.root());
        if (!d.claims().isEmpty()) parts.add(CLAIMS_WITHOUT_EVENT);
        return parts;
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the database discards the transaction
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // nothing to restore on a dead connection
        }
    }

    /** The text of the stored document {@code documentId}, or empty when none is stored under that id. */
    public synchronized java.util.Optional<String> text(String documentId) {
        return shared(() -> textOnce(documentId));
    }

    private java.util.Optional<String> textOnce(String documentId) {
        try (PreparedStatement ps = db.prepareStatement("SELECT body FROM document WHERE id = ?")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("reading the text of document " + documentId, e);
        }
    }

    public synchronized boolean contains(String documentId) {
        return shared(() -> containsOnce(documentId));
    }

    private boolean containsOnce(String documentId) {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM document WHERE id = ?")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("looking up document " + documentId, e);
        }
    }

    /** Records a reviewer's value for one field of a merged event. */
    public synchronized Review review(String eventId, String field, String value, String reviewer) {
        if (eventId == null || eventId.isBlank()) throw new IllegalArgumentException("event id '" + eventId + "' is empty");
        if (field == null || !field.matches("[a-z_][a-z0-9_.]*"))
            throw new IllegalArgumentException("review field '" + field + "' is not a field name");
        if (reviewer == null || reviewer.isBlank()) throw new IllegalArgumentException("reviewer '" + reviewer + "' is empty");
        Instant at = Instant.now();
        String insert = "INSERT INTO review (event_id, field, review_value, reviewer, reviewed_at) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement ps = db.prepareStatement(insert, new String[]{"id"})) {
            try {
                new Columns.Binder(ps, insert, limits).str(eventId).str(field).str(value).str(reviewer);
            } catch (ColumnLimits.TooLong e) {
                throw new IllegalArgumentException("review of " + eventId + ": " + e.getMessage());
            }
            ps.setTimestamp(5, Timestamp.from(at));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new Review(keys.getLong(1), eventId, field, value, reviewer, at);
            }
        } catch (SQLException e) {
            throw new StoreException("storing review of " + eventId, e);
        }
    }

    public synchronized List<Review> reviews(String eventId) {
        return shared(() -> reviewsOnce(eventId));
    }

    private List<Review> reviewsOnce(String eventId) {
        List<Review> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id, event_id, field, review_value, reviewer, reviewed_at "
                + "FROM review WHERE event_id = ? ORDER BY id")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new Review(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant()));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading reviews of " + eventId, e);
        }
    }

    // ---- the merged view

    /** Recomputes the merged-event view from the report rows, in one transaction; returns the number of incidents. */
    public synchronized int rebuildMerged() {
        return shared(() -> rebuildMergedOnce());
    }

    private int rebuildMergedOnce() {
        return rebuild(null);
    }

    /**
     * Recomputes one part of the merged view, in one transaction: the incidents of one CAMEO root ("01".."20") or the
     * claims about no stored event ({@link #CLAIMS_WITHOUT_EVENT}). Rebuilding every stale part gives exactly the view
     * {@link #rebuildMerged()} gives. Returns the number of incidents in the part.
     */
    public synchronized int rebuildMerged(String part) {
        return shared(() -> rebuildMergedOnce(part));
    }

    private int rebuildMergedOnce(String part) {
        if (part == null || !(part.equals(CLAIMS_WITHOUT_EVENT) || part.matches("0[1-9]|1[0-9]|20")))
            throw new IllegalArgumentException("merge part " + (part == null ? "null" : "'" + part + "'")
                    + " is neither a CAMEO root 01..20 nor '" + CLAIMS_WITHOUT_EVENT + "'");
        return rebuild(part);
    }

    private int rebuild(String part) {
        try {
            db.setAutoCommit(false);
            // the mark is cleared first: it locks the row, so a document stored meanwhile marks the part again after us
            try (PreparedStatement ps = db.prepareStatement("UPDATE store_state SET state_value = 'false' WHERE "
                    + (part == null ? "state_key = 'merged_stale' OR state_key LIKE '" + STALE_PART + "%'" : "state_key = ?"))) {
                if (part != null) ps.setString(1, STALE_PART + part);
                ps.executeUpdate();
            }
            int n = merger.rebuild(db, part);
            if (!CLAIMS_WITHOUT_EVENT.equals(part))
                try (PreparedStatement ps = db.prepareStatement("UPDATE merged_event SET date_coarse = 1 WHERE date_last > date_first"
                        + (part == null ? "" : " AND root = ?"))) {
                    if (part != null) ps.setString(1, part);
                    ps.executeUpdate();
                }
            db.commit();
            return n;
        } catch (SQLException e) {
            rollback();
            throw new StoreException("rebuilding the merged events" + (part == null ? "" : " of part " + part), e);
        } finally {
            autoCommit();
        }
    }

    /** The parts of the merged view that stored documents have made stale ("*" when the whole view is). */
    public synchronized java.util.Set<String> staleMergeParts() {
        return shared(() -> staleMergePartsOnce());
    }

    private java.util.Set<String> staleMergePartsOnce() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT state_key FROM store_state WHERE state_value = 'true'"
                     + " AND (state_key = 'merged_stale' OR state_key LIKE '" + STALE_PART + "%')")) {
            while (rs.next()) {
                String k = rs.getString(1);
                out.add(k.startsWith(STALE_PART) ? k.substring(STALE_PART.length()) : "*");
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading the merge marks", e);
        }
    }

    private void ensureMerged() {
        java.util.Set<String> stale = staleMergeParts();
        if (stale.contains("*")) rebuildMerged();
        else for (String part : stale) rebuild(part);
    }

    // ---- queries

    /**
     * One term of a text search, as SQL both databases run: LIKE on LOWER of both sides (so H2 and PostgreSQL fold
     * case alike), with '!' escaping the pattern's own % and _. Columns: the merged event's evidence, actors, place
     * and its other names; each of its reports' evidence, actors, place, reporter and cited outlet; and the other
     * sentences that tell it (event_mention).
     */
    private static final String TEXT_MATCH;
    private static final int TEXT_MATCH_PARAMS;

    static {
        List<String> merged = List.of("m.ev_text", "m.a1_name", "m.a1_code", "m.a2_name", "m.a2_code", "m.pl_name",
                "m.pl_canonical", "m.pl_admin1", "m.pl_aliases");
        List<String> report = List.of("tr.ev_text", "tr.a1_name", "tr.a2_name", "tr.pl_name", "tr.rep_name", "tr.cit_outlet");
        java.util.function.Function<List<String>, String> any = cols -> String.join(" OR ",
                cols.stream().map(c -> "LOWER(" + c + ") LIKE LOWER(?) ESCAPE '!'").toList());
        TEXT_MATCH = " AND (" + any.apply(merged)
                + " OR m.id IN (SELECT tmr.merged_id FROM merged_report tmr JOIN report tr ON tr.document_id = tmr.document_id"
                + " AND tr.id = tmr.report_id WHERE " + any.apply(report) + ")"
                + " OR m.id IN (SELECT tmr.merged_id FROM merged_report tmr JOIN event_mention tem ON tem.document_id = tmr.document_id"
                + " AND tem.report_id = tmr.report_id WHERE LOWER(tem.mention_text) LIKE LOWER(?) ESCAPE '!'))";
        TEXT_MATCH_PARAMS = merged.size() + report.size() + 1;
    }

    /** A term as a LIKE pattern's literal part: '!' escapes the pattern characters % and _ and itself. */
    static String likeEscaped(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Merged events matching the query, earliest first, each with its reports and claims. */
    public synchronized List<MergedEvent> events(EventQuery q) {
        return shared(() -> eventsOnce(q));
    }

    private List<MergedEvent> eventsOnce(EventQuery q) {
        if (q == null) throw new IllegalArgumentException("query must not be null");
        try {
            ensureMerged();
            StringBuilder where = new StringBuilder(" WHERE 1 = 1");
            List<Object> args = new ArrayList<>();
            if (q.actor() != null) {
                where.append(" AND (m.a1_code LIKE ? OR m.a2_code LIKE ?)");
                args.add(q.actor() + "%");
                args.add(q.actor() + "%");
            }
            if (q.country() != null) {
                where.append(" AND (m.a1_country = ? OR m.a2_country = ? OR m.pl_country = ?)");
                for (int i = 0; i < 3; i++) args.add(q.country());
            }
            if (q.to() != null) {
                where.append(" AND m.date_first <= ?");
                args.add(java.sql.Date.valueOf(q.to()));
            }
            if (q.root() != null) {
                where.append(" AND m.root = ?");
                args.add(q.root());
            }
            if (q.status() != null) {
                where.append(" AND m.status = ?");
                args.add(q.status().label());
            }
            for (String term : q.textTerms()) {   // every term somewhere in the event, its reports or their mentions
                where.append(TEXT_MATCH);
                String pattern = "%" + likeEscaped(term) + "%";
                for (int i = 0; i < TEXT_MATCH_PARAMS; i++) args.add(pattern);
            }
            if (q.nearKm() != null) {   // a bounding box in SQL, the exact distance below
                double dLat = q.nearKm() / 111.0;
                double dLon = q.nearKm() / (111.0 * Math.max(0.01, Math.cos(Math.toRadians(q.nearLat()))));
                where.append(" AND m.pl_lat BETWEEN ? AND ?");
                args.add(q.nearLat() - dLat);
                args.add(q.nearLat() + dLat);
                if (dLon < 180) {
                    double lo = q.nearLon() - dLon, hi = q.nearLon() + dLon;
                    if (lo >= -180 && hi <= 180) {
                        where.append(" AND m.pl_lon BETWEEN ? AND ?");
                        args.add(lo);
                        args.add(hi);
                    }
                }
            }
            // Events overlapping [from, ...): no date spans more than a year, so a lower bound on date_first lets the
            // (date_first, id) index start near "from". A page is read in two steps, both in index order: the few
            // coarse dates (a month, a year) that begin before "from" and reach into it, then those beginning on or after it.
            boolean paged = q.limit() > 0 && q.nearKm() == null;
            List<String> parts = new ArrayList<>();
            List<List<Object>> partArgs = new ArrayList<>();
            if (q.from() != null) {
                java.sql.Date from = java.sql.Date.valueOf(q.from()), earliest = java.sql.Date.valueOf(q.from().minusDays(MAX_DATE_SPAN_DAYS));
                if (paged) {
                    parts.add(where + " AND m.date_coarse = 1 AND m.date_first >= ? AND m.date_first < ? AND m.date_last >= ?");
                    partArgs.add(with(args, earliest, from, from));
                    parts.add(where + " AND m.date_first >= ?");
                    partArgs.add(with(args, from));
                }
                where.append(" AND m.date_last >= ? AND m.date_first >= ?");
                args.add(from);
                args.add(earliest);
            }
            if (parts.isEmpty()) {
                parts.add(where.toString());
                partArgs.add(args);
            }
            Map<String, Event> merged = new LinkedHashMap<>();
            Map<String, Integer> docCount = new HashMap<>();
            for (int part = 0; part < parts.size() && !(paged && merged.size() >= q.limit()); part++) {
                try (PreparedStatement ps = db.prepareStatement("SELECT m.id, m.n_documents, " + prefixed("m", EVENT)
                        + ", m.status, " + prefixed("m", EVIDENCE) + " FROM merged_event m" + parts.get(part)
                        + " ORDER BY m.date_first, m.id"
                        + (paged ? " FETCH FIRST " + (q.limit() - merged.size()) + " ROWS ONLY" : ""))) {
                    bind(ps, partArgs.get(part));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Event e = Columns.event(rs, rs.getString("id"), false);
                            if (q.nearKm() != null && (e.location() == null || Geo.km(q.nearLat(), q.nearLon(),
                                    e.location().lat(), e.location().lon()) > q.nearKm())) continue;
                            merged.put(e.id(), e);
                            docCount.put(e.id(), rs.getInt("n_documents"));
                            if (q.limit() > 0 && merged.size() >= q.limit()) break;
                        }
                    }
                }
            }
            if (merged.isEmpty()) return List.of();
            if (merged.size() <= BY_ID_MAX) return withReportsById(merged, docCount);
            Map<String, List<Report>> reports = new HashMap<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT mr.merged_id, d.outlet, d.title, d.url, d.published, "
                    + "r.document_id, r.id, " + prefixed("r", EVENT) + ", " + prefixed("r", actor("rep")) + ", "
                    + prefixed("r", CITATION) + ", r.status, " + prefixed("r", EVIDENCE) + ", r.incident"
                    + " FROM merged_event m JOIN merged_report mr ON mr.merged_id = m.id"
                    + " JOIN report r ON r.document_id = mr.document_id AND r.id = mr.report_id"
                    + " JOIN document d ON d.id = r.document_id" + where + " ORDER BY d.published, r.document_id, r.id")) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String mid = rs.getString("merged_id");
                        if (!merged.containsKey(mid)) continue;
                        reports.computeIfAbsent(mid, k -> new ArrayList<>()).add(new Report(rs.getString("document_id"),
                                rs.getString("outlet"), rs.getString("title"), rs.getString("url"),
                                Columns.localDate(rs, "published"), Columns.report(rs, rs.getString("id"))));
                    }
                }
            }
            MentionRows.onto(db, reports.values());
            Map<String, List<StoredClaim>> claims = new HashMap<>();
            for (StoredClaim c : readClaims(" JOIN merged_event m ON m.id = mc.merged_id" + where, args))
                if (merged.containsKey(c.eventId())) claims.computeIfAbsent(c.eventId(), k -> new ArrayList<>()).add(c);
            List<MergedEvent> out = new ArrayList<>(merged.size());
            for (Event e : merged.values())
                out.add(new MergedEvent(e, docCount.get(e.id()), reports.getOrDefault(e.id(), List.of()),
                        claims.getOrDefault(e.id(), List.of())));
            return out;
        } catch (SQLException e) {
            throw new StoreException("querying events", e);
        }
    }

    private static List<Object> with(List<Object> args, Object... more) {
        List<Object> out = new ArrayList<>(args);
        out.addAll(List.of(more));
        return out;
    }

    /** A year-precision date covers 366 days at most: date_last - date_first is never more than this. */
    private static final int MAX_DATE_SPAN_DAYS = 366;

    /** Up to this many merged events, their reports and claims are read by id rather than by the filter. */
    private static final int BY_ID_MAX = 5000;
    private static final int IN_CHUNK = 500;

    private List<MergedEvent> withReportsById(Map<String, Event> merged, Map<String, Integer> docCount) throws SQLException {
        List<String> ids = new ArrayList<>(merged.keySet());
        Map<String, List<Report>> reports = new HashMap<>();
        Map<String, List<StoredClaim>> claims = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Object> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)));
            String in = " IN (" + Columns.marks(chunk.size()) + ")";
            try (PreparedStatement ps = db.prepareStatement("SELECT mr.merged_id, d.outlet, d.title, d.url, d.published, "
                    + "r.document_id, r.id, " + prefixed("r", EVENT) + ", " + prefixed("r", actor("rep")) + ", "
                    + prefixed("r", CITATION) + ", r.status, " + prefixed("r", EVIDENCE) + ", r.incident"
                    + " FROM merged_report mr JOIN report r ON r.document_id = mr.document_id AND r.id = mr.report_id"
                    + " JOIN document d ON d.id = r.document_id WHERE mr.merged_id" + in
                    + " ORDER BY d.published, r.document_id, r.id")) {
                bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next())
                        reports.computeIfAbsent(rs.getString("merged_id"), k -> new ArrayList<>()).add(new Report(
                                rs.getString("document_id"), rs.getString("outlet"), rs.getString("title"), rs.getString("url"),
                                Columns.localDate(rs, "published"), Columns.report(rs, rs.getString("id"))));
                }
            }
            for (StoredClaim c : readClaims(" WHERE mc.merged_id" + in, chunk))
                claims.computeIfAbsent(c.eventId(), k -> new ArrayList<>()).add(c);
        }
        MentionRows.onto(db, reports.values());
        List<MergedEvent> out = new ArrayList<>(merged.size());
        for (Event e : merged.values())
            out.add(new MergedEvent(e, docCount.get(e.id()), reports.getOrDefault(e.id(), List.of()),
                    claims.getOrDefault(e.id(), List.of())));
        return out;
    }

    /** One merged event by id, with its reports and claims. */
    public synchronized java.util.Optional<MergedEvent> event(String id) {
        return shared(() -> eventOnce(id));
    }

    private java.util.Optional<MergedEvent> eventOnce(String id) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("event id '" + id + "' is empty");
        try {
            ensureMerged();
            Map<String, Event> merged = new LinkedHashMap<>();
            Map<String, Integer> docCount = new HashMap<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT m.id, m.n_documents, " + prefixed("m", EVENT)
                    + ", m.status, " + prefixed("m", EVIDENCE) + " FROM merged_event m WHERE m.id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return java.util.Optional.empty();
                    Event e = Columns.event(rs, rs.getString("id"), false);
                    merged.put(e.id(), e);
                    docCount.put(e.id(), rs.getInt("n_documents"));
                }
            }
            return java.util.Optional.of(withReportsById(merged, docCount).get(0));
        } catch (SQLException e) {
            throw new StoreException("reading event " + id, e);
        }
    }

    /**
     * A stored document with its extraction read back as coded: actor and date mentions, each event's other mentions,
     * incident and why lines, and the sentence zones included.
     */
    public synchronized java.util.Optional<Document> document(String id) {
        return shared(() -> documentOnce(id));
    }

    private java.util.Optional<Document> documentOnce(String id) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("document id '" + id + "' is empty");
        try {
            return WebRows.document(db, id);
        } catch (SQLException e) {
            throw new StoreException("reading document " + id, e);
        }
    }

    /** Where a stored document names its places, in text order; empty for an unknown document. */
    public synchronized List<PlaceSpan> placeSpans(String documentId) {
        return shared(() -> placeSpansOnce(documentId));
    }

    private List<PlaceSpan> placeSpansOnce(String documentId) {
        if (documentId == null || documentId.isBlank()) throw new IllegalArgumentException("document id '" + documentId + "' is empty");
        try {
            return WebRows.placeSpans(db, documentId);
        } catch (SQLException e) {
            throw new StoreException("reading place mentions of " + documentId, e);
        }
    }

    /** The most recently stored documents, newest first, at most {@code limit}. */
    public synchronized List<DocumentSummary> documents(int limit) {
        return shared(() -> documentsOnce(limit));
    }

    private List<DocumentSummary> documentsOnce(int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit " + limit + " is not positive");
        try {
            return WebRows.documents(db, limit);
        } catch (SQLException e) {
            throw new StoreException("listing documents", e);
        }
    }

    /** Every stored relation (alliance, hostility, ...) between two actors. */
    public synchronized List<org.faultline.model.Relation> relations() {
        return shared(() -> relationsOnce());
    }

    private List<org.faultline.model.Relation> relationsOnce() {
        try {
            return WebRows.relations(db);
        } catch (SQLException e) {
            throw new StoreException("listing relations", e);
        }
    }

    /** Every stored quotation with its speaker, by document, in text order. */
    public synchronized List<StoredQuote> quotes() {
        return shared(() -> quotesOnce());
    }

    private List<StoredQuote> quotesOnce() {
        try {
            return WebRows.quotes(db);
        } catch (SQLException e) {
            throw new StoreException("listing quotes", e);
        }
    }

    /** The reviews of these events, oldest first, by event id (events without reviews are left out). */
    public synchronized Map<String, List<Review>> reviews(java.util.Collection<String> eventIds) {
        return shared(() -> reviewsOnce(eventIds));
    }

    private Map<String, List<Review>> reviewsOnce(java.util.Collection<String> eventIds) {
        if (eventIds == null) throw new IllegalArgumentException("event ids must not be null");
        Map<String, List<Review>> out = new HashMap<>();
        List<String> ids = new ArrayList<>(new java.util.LinkedHashSet<>(eventIds));
        try {
            for (int from = 0; from < ids.size(); from += IN_CHUNK) {
                List<Object> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + IN_CHUNK)));
                try (PreparedStatement ps = db.prepareStatement("SELECT id, event_id, field, review_value, reviewer, reviewed_at"
                        + " FROM review WHERE event_id IN (" + Columns.marks(chunk.size()) + ") ORDER BY id")) {
                    bind(ps, chunk);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next())
                            out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(new Review(rs.getLong(1),
                                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                    rs.getTimestamp(6).toInstant()));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("reading reviews of " + ids.size() + " events", e);
        }
    }

    /** Every review, oldest first. */
    public synchronized List<Review> reviews() {
        return shared(() -> reviewsOnce());
    }

    private List<Review> reviewsOnce() {
        try {
            return WebRows.allReviews(db);
        } catch (SQLException e) {
            throw new StoreException("listing reviews", e);
        }
    }

    public synchronized void addToken(TokenHash token) {
        if (token == null) throw new IllegalArgumentException("token must not be null");
        try {
            WebRows.addToken(db, token);
        } catch (SQLException e) {
            throw new StoreException("storing API token " + token.label(), e);
        }
    }

    /** The stored API token hashes, oldest first. */
    public synchronized List<TokenHash> tokens() {
        return shared(() -> tokensOnce());
    }

    private List<TokenHash> tokensOnce() {
        try {
            return WebRows.tokens(db);
        } catch (SQLException e) {
            throw new StoreException("reading API tokens", e);
        }
    }

    /** Every stored claim, or only the assertions a denial contests. */
    public synchronized List<StoredClaim> claims(boolean contestedOnly) {
        return shared(() -> claimsOnce(contestedOnly));
    }

    private List<StoredClaim> claimsOnce(boolean contestedOnly) {
        try {
            ensureMerged();
            return readClaims(contestedOnly ? " WHERE mc.contested = ?" : "", contestedOnly ? List.of(Boolean.TRUE) : List.of());
        } catch (SQLException e) {
            throw new StoreException("querying claims", e);
        }
    }

    private List<StoredClaim> readClaims(String joinAndWhere, List<Object> args) throws SQLException {
        List<StoredClaim> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT mc.merged_id, mc.contested, mc.contested_by, c.document_id, "
                + "c.id, " + prefixed("c", actor("c")) + ", c.stance, c.claim_text, c.about_event, c.contradicts, "
                + prefixed("c", CITATION) + ", c.status, " + prefixed("c", EVIDENCE)
                + " FROM merged_claim mc JOIN claim c ON c.document_id = mc.document_id AND c.id = mc.claim_id"
                + joinAndWhere + " ORDER BY c.document_id, c.ev_start, c.id")) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    var ev = Columns.evidence(rs);
                    Claim c = new Claim(rs.getString("id"), Columns.actor(rs, "c"), rs.getString("stance"),
                            rs.getString("claim_text"), rs.getString("about_event"), rs.getString("contradicts"),
                            Columns.citation(rs, ev), Columns.status(rs.getString("status")), ev);
                    out.add(new StoredClaim(rs.getString("document_id"), rs.getString("merged_id"),
                            rs.getBoolean("contested"), rs.getString("contested_by"), c));
                }
            }
        }
        return out;
    }

    /** Actors of the merged events with the number of events each takes part in, most active first. */
    public synchronized List<ActorCount> actors() {
        return shared(() -> actorsOnce());
    }

    private List<ActorCount> actorsOnce() {
        try {
            ensureMerged();
            List<ActorCount> out = new ArrayList<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT code, country, MIN(nm) AS nm, COUNT(DISTINCT id) AS n FROM ("
                         + "SELECT id, a1_code AS code, a1_country AS country, a1_name AS nm FROM merged_event WHERE a1_code IS NOT NULL"
                         + " UNION ALL SELECT id, a2_code, a2_country, a2_name FROM merged_event WHERE a2_code IS NOT NULL) t"
                         + " GROUP BY code, country ORDER BY n DESC, code")) {
                while (rs.next())
                    out.add(new ActorCount(rs.getString("code"), rs.getString("nm"), rs.getString("country"), rs.getInt("n")));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("listing actors", e);
        }
    }

    /** Places named in documents, with document and merged-event counts, most named first. */
    public synchronized List<PlaceCount> places() {
        return shared(() -> placesOnce());
    }

    private List<PlaceCount> placesOnce() {
        try {
            ensureMerged();
            Map<String, Integer> events = new HashMap<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT pl_canonical, pl_country, COUNT(*) FROM merged_event"
                         + " WHERE pl_canonical IS NOT NULL GROUP BY pl_canonical, pl_country")) {
                while (rs.next()) events.put(rs.getString(1) + "\u0000" + rs.getString(2), rs.getInt(3));
            }
            List<PlaceCount> out = new ArrayList<>();
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT pl_canonical, pl_country, MIN(pl_admin1), AVG(pl_lat), AVG(pl_lon),"
                         + " COUNT(DISTINCT document_id) AS n FROM place GROUP BY pl_canonical, pl_country"
                         + " ORDER BY n DESC, pl_canonical")) {
                while (rs.next()) {
                    String key = rs.getString(1) + "\u0000" + rs.getString(2);
                    out.add(new PlaceCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                            rs.getDouble(5), rs.getInt(6), events.getOrDefault(key, 0)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("listing places", e);
        }
    }


    /**
     * The merged events dated to one day (a coarser date, a month or a year, is left out), counted per day, sides'
     * countries, place country and region, CAMEO code and status, with their fatalities added up; between {@code from}
     * and {@code to} inclusive (null: open). The escalation watch reads its series from these.
     */
    public synchronized List<DayTally> dayTallies(java.time.LocalDate from, java.time.LocalDate to) {
        return dayTallies(from, to, null);
    }

    /**
     * As {@link #dayTallies(java.time.LocalDate, java.time.LocalDate)}, only the events both of whose sides have a
     * country in {@code countries} (one dyad's pair, say), or all when it is null.
     */
    public synchronized List<DayTally> dayTallies(java.time.LocalDate from, java.time.LocalDate to, java.util.Set<String> countries) {
        return shared(() -> dayTalliesOnce(from, to, countries));
    }

    private List<DayTally> dayTalliesOnce(java.time.LocalDate from, java.time.LocalDate to, java.util.Set<String> countries) {
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("date range " + from + " .. " + to + " ends before it starts");
        if (countries != null && (countries.isEmpty() || countries.size() > 10
                || !countries.stream().allMatch(c -> c != null && c.matches("[A-Z]{3}"))))
            throw new IllegalArgumentException("countries " + countries + " are not 1-10 ISO3 codes");
        try {
            ensureMerged();
            List<Object> args = new ArrayList<>();
            StringBuilder where = new StringBuilder(" WHERE date_first IS NOT NULL AND date_last = date_first");
            if (from != null) {
                where.append(" AND date_first >= ?");
                args.add(java.sql.Date.valueOf(from));
            }
            if (to != null) {
                where.append(" AND date_first <= ?");
                args.add(java.sql.Date.valueOf(to));
            }
            if (countries != null) {
                String in = " IN (" + Columns.marks(countries.size()) + ")";
                where.append(" AND a1_country").append(in).append(" AND a2_country").append(in);
                args.addAll(countries);
                args.addAll(countries);
            }
            List<DayTally> out = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement("SELECT d, c1, c2, pc, region, cameo, status, COUNT(*), SUM(dead) FROM ("
                    + "SELECT date_first AS d, a1_country AS c1, a2_country AS c2, pl_country AS pc, CASE WHEN pl_admin1 IS NOT NULL"
                    + " THEN pl_admin1 WHEN pl_precision = 2 THEN pl_canonical END AS region, cameo, status,"
                    + " COALESCE(fatalities, 0) AS dead FROM merged_event" + where + ") t"
                    + " GROUP BY d, c1, c2, pc, region, cameo, status ORDER BY d")) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next())
                        out.add(new DayTally(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), Columns.status(rs.getString(7)), rs.getInt(8), rs.getLong(9)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("counting events per day", e);
        }
    }

    // ---- what the analyses of sources read (org.faultline.sources, org.faultline.names)

    /** Reports that name a reporter or a cited outlet or give a toll, with their merged events (the view rebuilt first). */
    public synchronized List<ReportSource> reportSources() {
        try {
            ensureMerged();
            return SourceRows.reports(db);
        } catch (SQLException e) {
            throw new StoreException("reading the sources of reports", e);
        }
    }

    /** Every claim and denial with its claimant, merged event and what contests it (the view rebuilt first). */
    public synchronized List<ClaimSource> claimSources() {
        try {
            ensureMerged();
            return SourceRows.claims(db);
        } catch (SQLException e) {
            throw new StoreException("reading the sources of claims", e);
        }
    }

    /** Every mention of a place that has other names, with its outlet, date, context and speaker, in document order. */
    public synchronized List<PlaceNameUse> placeNameUses() {
        try {
            return SourceRows.nameUses(db);
        } catch (SQLException e) {
            throw new StoreException("reading the names of places", e);
        }
    }

    /**
     * A value that changes whenever what the store holds can have changed: documents stored, replaced or removed
     * through this store, and the rows another process can add (reports, whose rows are never rewritten; reviews, an
     * append-only log) or that the lazily rebuilt merged view holds. An analysis cached under it (sources, names, the
     * watch over every dyad) is current while it is equal. A few counts, cheap on both databases.
     */
    public synchronized String contentVersion() {
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT COUNT(*) FROM document), (SELECT COUNT(*) FROM report), "
                     + "(SELECT COUNT(*) FROM review), (SELECT COUNT(*) FROM merged_event), (SELECT COUNT(*) FROM merged_report), "
                     + "(SELECT MAX(id) FROM merged_event)")) {
            rs.next();
            return writes + ":" + rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4) + "/"
                    + rs.getLong(5) + "/" + rs.getString(6);
        } catch (SQLException e) {
            throw new StoreException("reading the store's content version", e);
        }
    }

    /** Documents stored, replaced or cleared through this store since it was opened. */
    private long writes;

    public synchronized StoreCounts counts() {
        return shared(() -> countsOnce());
    }

    private StoreCounts countsOnce() {
        try (Statement st = db.createStatement()) {
            String[] tables = {"document", "report", "claim", "quote", "place", "citation", "relation", "merged_event", "review",
                    "event_mention", "event_why", "sentence_zone"};
            long[] n = new long[tables.length];
            for (int i = 0; i < tables.length; i++)
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + tables[i])) {
                    rs.next();
                    n[i] = rs.getLong(1);
                }
            return new StoreCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11]);
        } catch (SQLException e) {
            throw new StoreException("counting rows", e);
        }
    }

    /** Ids of documents whose stored rows do not match the counts recorded with them: empty in a sound store. */
    public synchronized List<String> incompleteDocuments() {
        return shared(() -> incompleteDocumentsOnce());
    }

    private List<String> incompleteDocumentsOnce() {
        List<String> out = new ArrayList<>();
        String[][] children = {{"report", "n_events"}, {"claim", "n_claims"}, {"quote", "n_quotes"}, {"place", "n_places"},
                {"citation", "n_citations"}, {"relation", "n_relations"}};
        StringBuilder sql = new StringBuilder("SELECT d.id FROM document d WHERE 1 = 0");
        for (String[] c : children)
            sql.append(" OR d.").append(c[1]).append(" <> (SELECT COUNT(*) FROM ").append(c[0])
                    .append(" x WHERE x.document_id = d.id)");
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql + " ORDER BY d.id")) {
            while (rs.next()) out.add(rs.getString(1));
            return out;
        } catch (SQLException e) {
            throw new StoreException("checking documents", e);
        }
    }

    /** Deletes every row (for tests and benchmarks on a shared database). */
    public synchronized void clear() {
        try (Statement st = db.createStatement()) {
            for (String t : new String[]{"merged_claim", "merged_report", "merged_event", "review", "relation", "citation",
                    "place", "quote", "claim", "report", "document"})
                st.executeUpdate("DELETE FROM " + t);
            writes++;
            // an empty store's (empty) merged view is fresh
            st.executeUpdate("UPDATE store_state SET state_value = 'false' WHERE state_key = 'merged_stale' OR state_key LIKE '" + STALE_PART + "%'");
        } catch (SQLException e) {
            throw new StoreException("clearing the store", e);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) ps.setObject(i + 1, args.get(i));
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw new StoreException("closing " + url(), e);
        }
        keepPrivate();   // a trace file H2 wrote meanwhile
    }
}
