package org.iosemu.cli.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Feeds stored configuration lines through a CLI session in configuration mode, as IOS does when it
 * boots or on `copy startup-config running-config`. Stops at `end`; reports rejected lines.
 */
final class StartupConfigLoader {

    private final RouterContext router;

    StartupConfigLoader(RouterContext router) {
        this.router = router;
    }

    /** @return one {@code FILE:LINE: message} per rejected line */
    List<String> load(List<String> lines, String fileName) {
        IosSession session = IosSession.loader(router);
        List<String> problems = new ArrayList<>();
        StringBuilder discard = new StringBuilder();
        int lastRejected = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals("end")) {
                break;
            }
            session.enterConfigForLoad();
            LineOutcome outcome = session.submit(line, discard::append);
            if (outcome.rejected()) {
                lastRejected = i + 1;
                problems.add(fileName + ":" + (i + 1) + ": " + outcome.message());
            } else if (outcome.skipped()) {
                problems.add(fileName + ":" + (i + 1) + ": skipped: under rejected line " + lastRejected);
            }
            discard.setLength(0);
        }
        session.close();
        return problems;
    }
}
