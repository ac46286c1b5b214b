package org.iosemu.access;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.LineOutcome;
import org.iosemu.cli.session.TerminalSession;

/**
 * A vty session on a router that can lose power (lab): once it is off, the next line ends the session
 * instead of running, as the connection of a switched-off router would be gone.
 */
final class PoweredSession implements TerminalSession {

    private final IosSession session;
    private final BooleanSupplier powered;

    PoweredSession(IosSession session, BooleanSupplier powered) {
        this.session = session;
        this.powered = powered;
    }

    @Override
    public String greeting() {
        return session.greeting();
    }

    @Override
    public String prompt() {
        return session.prompt();
    }

    @Override
    public boolean echoesInput() {
        return session.echoesInput();
    }

    @Override
    public LineOutcome submit(String line, CliOutput out) {
        if (!powered.getAsBoolean()) {
            session.hangUp();
            return LineOutcome.ACCEPTED;
        }
        return session.submit(line, out);
    }

    @Override
    public void help(String lineBeforeQuestionMark, CliOutput out) {
        session.help(lineBeforeQuestionMark, out);
    }

    @Override
    public Optional<String> complete(String line) {
        return session.complete(line);
    }

    @Override
    public void interrupt(CliOutput out) {
        session.interrupt(out);
    }

    @Override
    public void endConfiguration(CliOutput out) {
        session.endConfiguration(out);
    }

    @Override
    public int terminalLength() {
        return session.terminalLength();
    }

    @Override
    public int terminalWidth() {
        return session.terminalWidth();
    }

    @Override
    public int historySize() {
        return session.historySize();
    }

    @Override
    public boolean isOpen() {
        return session.isOpen() && powered.getAsBoolean();
    }

    @Override
    public void setAsyncSink(Consumer<String> sink) {
        session.setAsyncSink(sink);
    }
}
