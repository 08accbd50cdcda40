package io.github.webhookgen.it;

import com.example.lp.webhooks.AcceptStatusEvent;
import com.example.lp.webhooks.ChatStateEvent;
import com.example.lp.webhooks.ContentEvent;
import com.example.lp.webhooks.ExConversationChange;
import com.example.lp.webhooks.MessagingEvent;
import com.example.lp.webhooks.MessagingEventChange;
import com.example.lp.webhooks.RichContentEvent;
import com.example.lp.webhooks.WebhookVisitor;
import com.example.lp.webhooks.WsNotificationMsg;
import java.util.ArrayList;
import java.util.List;

/** A visitor that remembers every call with its arguments, so that tests can compare whole call sequences. */
final class RecordingVisitor implements WebhookVisitor {

    /** One visitor call: the method's name and its arguments ({@code change} is null for one-argument methods). */
    record Call(String method, Object argument, Object change) {}

    private final List<Call> calls = new ArrayList<>();

    List<Call> calls() {
        return calls;
    }

    List<String> methods() {
        return calls.stream().map(Call::method).toList();
    }

    @Override
    public void visitContentEvent(ContentEvent event, MessagingEventChange change) {
        calls.add(new Call("visitContentEvent", event, change));
    }

    @Override
    public void visitRichContentEvent(RichContentEvent event, MessagingEventChange change) {
        calls.add(new Call("visitRichContentEvent", event, change));
    }

    @Override
    public void visitAcceptStatusEvent(AcceptStatusEvent event, MessagingEventChange change) {
        calls.add(new Call("visitAcceptStatusEvent", event, change));
    }

    @Override
    public void visitChatStateEvent(ChatStateEvent event, MessagingEventChange change) {
        calls.add(new Call("visitChatStateEvent", event, change));
    }

    @Override
    public void visitUnknownMessagingEvent(MessagingEvent.Unknown event, MessagingEventChange change) {
        calls.add(new Call("visitUnknownMessagingEvent", event, change));
    }

    @Override
    public void visitExConversationChangeNotification(ExConversationChange change) {
        calls.add(new Call("visitExConversationChangeNotification", change, null));
    }

    @Override
    public void visitUnknownWsNotificationMsg(WsNotificationMsg.Unknown notification) {
        calls.add(new Call("visitUnknownWsNotificationMsg", notification, null));
    }
}
