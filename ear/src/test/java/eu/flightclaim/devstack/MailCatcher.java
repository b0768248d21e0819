package eu.flightclaim.devstack;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/** An in-process SMTP server (GreenMail) that keeps every message it receives. */
public final class MailCatcher implements AutoCloseable {

    private int port;
    private GreenMail greenMail;

    /** @param port 0 for a free port (kept across {@link #stop()}/{@link #start()}) */
    public MailCatcher(int port) {
        this.port = port;
    }

    public synchronized void start() {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        greenMail.start();
        port = greenMail.getSmtp().getPort();
    }

    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public int port() {
        return port;
    }

    /** Every message received since the last start. */
    public synchronized MimeMessage[] received() {
        return greenMail == null ? new MimeMessage[0] : greenMail.getReceivedMessages();
    }

    /** Forgets the received messages. */
    public synchronized void purge() {
        if (greenMail != null) {
            try {
                greenMail.purgeEmailFromAllMailboxes();
            } catch (FolderException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
