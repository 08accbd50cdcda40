package io.github.webhookgen.corpus;

import java.util.List;

/**
 * Everything measured on one case: one line of {@code results.jsonl}.
 *
 * @param collection the collection's name ({@code schemastore})
 * @param revision the collection's version (a commit), as given on the command line
 * @param layout how the input folder was read
 * @param name the case's name
 * @param root archive path of the root schema document
 * @param payloads example payloads that are well-formed JSON
 * @param skipped example files not read, with the reason
 * @param unusable why the case did not run, or null
 * @param webhookgen webhookgen's figures, null when the case did not run
 * @param jsonschema2pojo jsonschema2pojo's figures, null when the case did not run or the comparison was switched off
 */
record CaseResult(String collection, String revision, Layout layout, String name, String root, int payloads,
        List<CorpusCase.Skipped> skipped, String unusable, ToolResult webhookgen, ToolResult jsonschema2pojo) {

    CaseResult {
        skipped = List.copyOf(skipped);
    }

    ToolResult result(Tool tool) {
        return tool == Tool.WEBHOOKGEN ? webhookgen : jsonschema2pojo;
    }
}
