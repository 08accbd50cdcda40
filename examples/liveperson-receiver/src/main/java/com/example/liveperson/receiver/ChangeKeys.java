package com.example.liveperson.receiver;

import com.example.liveperson.webhooks.AcceptStatus;
import com.example.liveperson.webhooks.AcceptStatusEvent;
import com.example.liveperson.webhooks.ChangeType;
import com.example.liveperson.webhooks.ConversationDetails;
import com.example.liveperson.webhooks.ConversationResult;
import com.example.liveperson.webhooks.ExConversationChange;
import com.example.liveperson.webhooks.MessagingEvent;
import com.example.liveperson.webhooks.MessagingEventChange;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The key that tells a change LivePerson sends again from a new one: two changes with the same key are the same
 * change, and only the first is dispatched. A change without the fields of its key has none, and is dispatched every
 * time it arrives.
 *
 * <ul>
 *   <li>A messaging event with a {@code sequence} (content, rich content and accept-status events, and events of a
 *       type the archive does not declare): {@code message/<dialogId>/<sequence>}. Sequences count the events of a
 *       dialog, whatever their type. Without a {@code dialogId}, the {@code conversationId} stands in.
 *   <li>An accept-status event without a {@code sequence} (LivePerson documents that some lack it): a receipt,
 *       {@code receipt/<dialogId>/<originatorId>/<status>/<sequenceList>}; the same participant reporting the same
 *       status for the same messages twice says nothing new.
 *   <li>A chat-state event: none. It has no sequence, and the same state legitimately comes again with identical
 *       content (a participant typing now and again later), so a key made of its content would drop real events;
 *       a repeated chat state only repeats a state, which a handler can take as the latest one.
 *   <li>A conversation change: {@code conversation/<convId>/<metaDataLastUpdateTs>/<type>}. The change type is part of
 *       the key because a {@code DELETE} carries the {@code metaDataLastUpdateTs} of the last {@code UPSERT}.
 *   <li>A notification of a type the archive does not declare: none.
 * </ul>
 *
 * <p>Each part is URL-encoded, so that no {@code /} inside an id can make two keys equal; a key longer than
 * {@value #LONGEST} characters is replaced by {@code sha256/} and the hex SHA-256 of its text, to fit the JDBC
 * store's column.
 */
final class ChangeKeys {

    /** The longest key kept as text; the JDBC store's column holds 255 characters. */
    static final int LONGEST = 200;

    private ChangeKeys() {}

    /** The key of a messaging change, or null when it has none. */
    static String of(MessagingEventChange change) {
        String dialog = change.dialogId() != null ? change.dialogId() : change.conversationId();
        if (dialog == null) {
            return null;
        }
        if (change.sequence() != null) {
            return key("message", dialog, change.sequence().toString());
        }
        MessagingEvent event = change.event();
        if (event instanceof AcceptStatusEvent receipt && receipt.status() != null
                && receipt.status() != AcceptStatus.UNKNOWN && change.originatorId() != null) {
            List<Long> sequences = receipt.sequenceList() == null ? List.of() : receipt.sequenceList();
            return key("receipt", dialog, change.originatorId(), receipt.status().value(),
                    sequences.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        return null;
    }

    /** The key of a conversation change, or null when it has none. */
    static String of(ExConversationChange change) {
        ConversationResult result = change.result();
        ConversationDetails details = result == null ? null : result.conversationDetails();
        if (result == null || result.convId() == null || details == null || details.metaDataLastUpdateTs() == null
                || change.type() == null) {
            return null;
        }
        String type = change.type() == ChangeType.UNKNOWN
                ? String.valueOf(change.additionalProperties().get("type")) : change.type().value();
        return key("conversation", result.convId(), details.metaDataLastUpdateTs().toString(), type);
    }

    private static String key(String kind, String... parts) {
        StringBuilder key = new StringBuilder(kind);
        for (String part : parts) {
            key.append('/').append(URLEncoder.encode(part, StandardCharsets.UTF_8));
        }
        return key.length() <= LONGEST ? key.toString() : "sha256/" + sha256(key.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
