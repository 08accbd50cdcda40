package com.example.liveperson.receiver;

import com.example.liveperson.webhooks.AcceptStatusEvent;
import com.example.liveperson.webhooks.ChatStateEvent;
import com.example.liveperson.webhooks.ContentEvent;
import com.example.liveperson.webhooks.ConversationDetails;
import com.example.liveperson.webhooks.ExConversationChange;
import com.example.liveperson.webhooks.MessagingEvent;
import com.example.liveperson.webhooks.MessagingEventChange;
import com.example.liveperson.webhooks.RichContentEvent;
import com.example.liveperson.webhooks.WebhookVisitor;
import com.example.liveperson.webhooks.WsNotificationMsg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The application's handler: put your code here. This one logs one line per change, with ids and kinds but no
 * message text (conversations hold personal data). It is called off the request thread, once per change, after the
 * receiver dropped the changes it dispatched before.
 */
@Component
class LoggingHandler implements WebhookVisitor {

    private static final Logger log = LoggerFactory.getLogger(LoggingHandler.class);

    @Override
    public void visitContentEvent(ContentEvent event, MessagingEventChange change) {
        log.info("dialog {} #{}: content event from {}", change.dialogId(), change.sequence(), change.originatorId());
    }

    @Override
    public void visitRichContentEvent(RichContentEvent event, MessagingEventChange change) {
        log.info("dialog {} #{}: rich content from {}", change.dialogId(), change.sequence(), change.originatorId());
    }

    @Override
    public void visitAcceptStatusEvent(AcceptStatusEvent event, MessagingEventChange change) {
        log.info("dialog {}: {} of {} by {}", change.dialogId(), event.status(), event.sequenceList(),
                change.originatorId());
    }

    @Override
    public void visitChatStateEvent(ChatStateEvent event, MessagingEventChange change) {
        log.info("dialog {}: {} is {}", change.dialogId(), change.originatorId(), event.chatState());
    }

    @Override
    public void visitUnknownMessagingEvent(MessagingEvent.Unknown event, MessagingEventChange change) {
        log.info("dialog {} #{}: event of a type the archive does not declare: {}", change.dialogId(),
                change.sequence(), event == null ? "(no event)" : event.discriminator());
    }

    @Override
    public void visitExConversationChangeNotification(ExConversationChange change) {
        ConversationDetails details = change.result() == null ? null : change.result().conversationDetails();
        log.info("conversation {}: {} {}", change.result() == null ? null : change.result().convId(), change.type(),
                details == null ? null : details.state());
    }

    @Override
    public void visitUnknownWsNotificationMsg(WsNotificationMsg.Unknown notification) {
        log.info("notification of a type the archive does not declare: {}", notification.discriminator());
    }
}
