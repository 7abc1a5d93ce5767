package org.faultline.flink;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.SingletonResultIterator;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

import java.io.IOException;

/**
 * Each file of a watched folder as one record, named by its path, so that {@code ingest}'s readers decide what it is
 * (text, HTML, JSONL, a feed). A file is never split, and at most {@link #MAX_BYTES} of it are read: a larger one
 * still reaches the readers, which report it as too large, without the job holding it whole.
 */
final class WholeFiles implements BulkFormat<RawRecord, FileSourceSplit> {
    static final int MAX_BYTES = 256 * 1024 * 1024;

    @Override
    public Reader<RawRecord> createReader(Configuration config, FileSourceSplit split) {
        return new OneRecord(split, false);
    }

    @Override
    public Reader<RawRecord> restoreReader(Configuration config, FileSourceSplit split) {
        // a split restored with its one record already skipped is done
        boolean done = split.getReaderPosition().map(p -> p.getRecordsAfterOffset() > 0).orElse(false);
        return new OneRecord(split, done);
    }

    @Override
    public boolean isSplittable() {
        return false;
    }

    @Override
    public TypeInformation<RawRecord> getProducedType() {
        return TypeInformation.of(RawRecord.class);
    }

    private static final class OneRecord implements Reader<RawRecord> {
        private final FileSourceSplit split;
        private boolean done;

        OneRecord(FileSourceSplit split, boolean done) {
            this.split = split;
            this.done = done;
        }

        @Override
        public RecordIterator<RawRecord> readBatch() throws IOException {
            if (done) return null;
            done = true;
            Path p = split.path();
            FileSystem fs = p.getFileSystem();
            long length = fs.getFileStatus(p).getLen();
            byte[] bytes;
            try (FSDataInputStream in = fs.open(p)) {
                bytes = in.readNBytes((int) Math.min(length, MAX_BYTES + 1L));
            }
            SingletonResultIterator<RawRecord> it = new SingletonResultIterator<>();
            it.set(new RawRecord(p.getPath(), bytes, "auto"), CheckpointedPosition.NO_OFFSET, 1);
            return it;
        }

        @Override
        public void close() {}
    }
}
