package org.faultline.flink;

/**
 * One input record as it arrives: a name that says where it came from ("articles@1:42" for partition 1, offset 42 of
 * a topic; a file for a watched folder) and its bytes. A Flink POJO, so it travels without Kryo.
 */
public final class RawRecord {
    public String name;
    public byte[] bytes;

    public RawRecord() {}

    public RawRecord(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }
}
