package org.iosemu.lab;

import java.util.Optional;
import java.util.function.Consumer;
import org.iosemu.cli.session.CliOutput;
import org.iosemu.cli.session.IosSession;
import org.iosemu.cli.session.LineOutcome;
import org.iosemu.cli.session.TerminalSession;

/**
 * The lab's one console: whatever terminal carries it (JLine, replay) talks to the console session of the
 * router it is attached to; `lab attach` moves it. Only the attached router's log lines reach the screen.
 */
public final class LabConsole implements TerminalSession {

    private final Lab lab;
    private volatile Consumer<String> sink = line -> { };
    /** True while a command has printed part of a line (ping's `.!!`): a log line then starts on a new one, as on IOS. */
    private volatile boolean midLine;

    public LabConsole(Lab lab) {
        this.lab = lab;
        for (Router r : lab.routers()) {
            r.console().setAsyncSink(line -> {
                if (lab.attached() == r) {
                    sink.accept(midLine ? "\n" + line : line);
                    midLine = false;
                }
            });
        }
    }

    private IosSession current() {
        return lab.attached().console();
    }

    @Override
    public String prompt() {
        return current().prompt();
    }

    @Override
    public boolean echoesInput() {
        return current().echoesInput();
    }

    @Override
    public LineOutcome submit(String line, CliOutput out) {
        midLine = false;
        LineOutcome outcome = current().submit(line, out.forwardingTo(text -> {
            out.print(text);
            if (!text.isEmpty()) {
                midLine = !text.endsWith("\n");
            }
        }));
        midLine = false;
        lab.time().settle();
        return outcome;
    }

    @Override
    public void help(String lineBeforeQuestionMark, CliOutput out) {
        current().help(lineBeforeQuestionMark, out);
    }

    @Override
    public Optional<String> complete(String line) {
        return current().complete(line);
    }

    @Override
    public void interrupt(CliOutput out) {
        current().interrupt(out);
    }

    @Override
    public boolean quitRequested() {
        return current().quitRequested();
    }

    @Override
    public boolean escape(CliOutput out) {
        return current().escape(out);
    }

    @Override
    public void endConfiguration(CliOutput out) {
        current().endConfiguration(out);
    }

    @Override
    public int terminalLength() {
        return current().terminalLength();
    }

    @Override
    public int terminalWidth() {
        return current().terminalWidth();
    }

    @Override
    public int historySize() {
        return current().historySize();
    }

    @Override
    public boolean isOpen() {
        return current().isOpen();
    }

    @Override
    public void setAsyncSink(Consumer<String> sink) {
        this.sink = sink;
    }
}
