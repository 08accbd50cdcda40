package io.github.webhookgen.core.examples;

/**
 * One example document to check.
 *
 * @param root what goes in front of {@code path} to name the file outside its archive or folder (a folder with a
 *     trailing separator, or {@code archive.zip!/}), as {@link io.github.webhookgen.core.archive.ArchiveSource#fileRoot()}
 * @param path the path inside the archive or folder, with {@code /} separators, for example
 *     {@code webhooks_examples/foo.json}
 * @param json the file's bytes
 */
record Example(String root, String path, byte[] json) {}
