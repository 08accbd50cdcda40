package io.github.webhookgen.core.archive;

/**
 * Upper bounds on what an archive may hold, so that a hostile or broken zip cannot exhaust memory.
 *
 * @param maxEntryBytes largest single schema document
 * @param maxTotalBytes largest sum of all documents read
 * @param maxEntries most entries looked at in a zip
 */
public record ArchiveLimits(long maxEntryBytes, long maxTotalBytes, int maxEntries) {

    /** 8 MiB a document, 128 MiB in all, 20,000 entries: far beyond any real schema archive. */
    public static final ArchiveLimits DEFAULT = new ArchiveLimits(8L << 20, 128L << 20, 20_000);
}
