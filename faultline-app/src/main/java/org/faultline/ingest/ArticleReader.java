package org.faultline.ingest;

import org.faultline.model.ReadResult;

import java.util.List;

/** Turns the bytes of one input into articles, or into errors naming where the input is wrong. */
interface ArticleReader {
    List<ReadResult> read(RawInput input, ReadOptions options);
}
