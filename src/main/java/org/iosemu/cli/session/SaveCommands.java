package org.iosemu.cli.session;

import java.io.IOException;
import org.iosemu.cli.command.CommandResult;
import org.iosemu.cli.command.Confirm;
import org.iosemu.cli.command.Dialogue;
import org.iosemu.grammar.IosParser;

/** NVRAM commands: `write [memory|erase]`, `copy running-config startup-config` and back, `configure memory`. */
final class SaveCommands {

    private final IosSession session;

    SaveCommands(IosSession session) {
        this.session = session;
    }

    boolean save(CliOutput out) {
        out.print("Building configuration...\n");
        try {
            session.router().save();
            out.print("[OK]\n");
            return true;
        } catch (IOException e) {
            out.print("%Error writing nvram:startup-config (" + e.getMessage() + ")\n");
            return false;
        }
    }

    LineOutcome copy(IosParser.Ex_copyContext c, CliOutput out) {
        boolean fromRunning = c.copy_source().RUNNING_CONFIG() != null;
        boolean toRunning = c.copy_destination().RUNNING_CONFIG() != null;
        if (fromRunning == !toRunning) {
            return session.ask(new CopyDestination(toRunning));
        }
        // each file onto itself; the startup-config lives in nvram:
        String file = toRunning ? "system:running-config" : "nvram:startup-config";
        out.print("%Error copying " + file + " to " + file + " (Invalid argument)\n");
        return LineOutcome.rejected("%Error copying (Invalid argument)");
    }

    /** `Destination filename [startup-config]? ` */
    private final class CopyDestination implements Dialogue {
        private final boolean toRunning;

        CopyDestination(boolean toRunning) {
            this.toRunning = toRunning;
        }

        private String target() {
            return toRunning ? "running-config" : "startup-config";
        }

        @Override
        public String prompt() {
            return "Destination filename [" + target() + "]? ";
        }

        @Override
        public CommandResult answer(String line, CliOutput out) {
            String a = line.strip();
            if (!a.isEmpty() && !a.equals(target())) {
                return CommandResult.rejected("%Error opening nvram:" + a + " (Permission denied)\n");
            }
            if (toRunning) {
                mergeStartup(out);
            } else {
                save(out);
            }
            return CommandResult.DONE;
        }
    }

    /** `configure memory` / `copy startup-config running-config`: replay NVRAM over the running config. */
    void mergeStartup(CliOutput out) {
        var stored = session.router().startupConfig().read();
        if (stored.isEmpty()) {
            out.print("%Error opening nvram:startup-config (No such file or directory)\n");
            return;
        }
        int bytes = stored.get().stream().mapToInt(l -> l.length() + 1).sum();
        new StartupConfigLoader(session.router()).load(stored.get(), "startup-config");
        out.print(bytes + " bytes copied in 0.128 secs (" + (bytes * 1000 / 128) + " bytes/sec)\n");
        session.router().logBus().log("%SYS-5-CONFIG_I: Configured from memory by " + session.origin().configuredBy());
    }

    /** `write erase`. */
    private CommandResult erase(CliOutput out) {
        try {
            session.router().eraseStartup();
        } catch (IOException e) {
            return CommandResult.rejected("%Error erasing nvram: (" + e.getMessage() + ")\n");
        }
        out.print("[OK]\nErase of nvram: complete\n");
        session.router().logBus().log("%SYS-7-NV_BLOCK_INIT: Initialized the geometry of nvram");
        return CommandResult.DONE;
    }

    Dialogue eraseConfirmation() {
        return new Confirm("Erasing the nvram filesystem will remove all configuration files! Continue? [confirm]",
                this::erase);
    }
}
