package org.faultline.flink;

/**
 * One input record as it arrives: a name that says where it came from ("articles@1:42" for partition 1, offset 42 of
 * a topic; a file for a watched folder), its bytes, and how to read them ({@code jsonl} for a topic's messages by
 * default, {@code auto} for a dropped file: by its name, then its content). A Flink POJO, so it travels without Kryo.
 */
public final class RawRecord {
    public String name;
    public byte[] bytes;
    public String format;

    public RawRecord() {}

    public RawRecord(String name, byte[] bytes, String format) {
        this.name = name;
        this.bytes = bytes;
        this.format = format;
    }
}
