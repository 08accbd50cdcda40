package example;

import example.webhooks.ContentEvent;
import example.webhooks.MessagingEventChange;
import example.webhooks.WebhookVisitor;
import example.webhooks.Webhooks;

/** Reads a notification with our generated classes. */
public final class App {

    private App() {}

    public static void main(String[] args) throws Exception {
        Webhooks.dispatch(args[0], new WebhookVisitor() {
            @Override
            public void visitContentEvent(ContentEvent event, MessagingEventChange change) {
                System.out.println(event);
            }
        });
    }
}
