package org.iosemu.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.common.SshException;
import org.iosemu.cli.session.IosSession;
import org.iosemu.lab.Lab;
import org.iosemu.lab.LabConsole;
import org.iosemu.lab.LabLoader;
import org.iosemu.lab.RealLabTime;
import org.iosemu.time.IosTimestamp;
import org.iosemu.time.RealTimeScheduler;
import org.junit.jupiter.api.Test;

/** Every lab router gets its own servers, listed by `lab show`, each reaching that router. */
class RemoteLabTest {

    @Test
    void eachLabRouterHasItsOwnPortsShownByLabShow() throws Exception {
        try (RealTimeScheduler clock = new RealTimeScheduler(IosTimestamp.IOS_BOOT_EPOCH_MILLIS);
                RealLabTime time = new RealLabTime(clock)) {
            Lab lab = new Lab(LabLoader.embedded(), LabLoader.scratchNvram(), time, text -> { });
            List<RouterAccess> servers = RemoteLab.start(lab, new AccessPorts(OptionalInt.of(0), OptionalInt.of(0)),
                    new PrintStream(OutputStream.nullOutputStream()));
            SshClient client = SshShell.client();
            try {
                assertEquals(lab.routers().size(), servers.size());
                IosSession r2 = lab.router("R2").console();
                for (String line : List.of("enable", "configure terminal", "ip domain-name lab.example",
                        "crypto key generate rsa modulus 1024", "username admin privilege 15 secret Lab2Pass",
                        "line vty 0 4", "login local", "end", "write memory")) {
                    r2.submit(line, text -> { });
                }
                StringBuilder shown = new StringBuilder();
                LabConsole console = new LabConsole(lab);
                console.submit("enable", shown::append);
                console.submit("lab show", shown::append);
                int r2Index = lab.routers().indexOf(lab.router("R2"));
                RouterAccess r2Access = servers.get(r2Index);
                String row = shown.toString().lines().filter(l -> l.startsWith("R2 ")).findFirst().orElseThrow();
                assertTrue(row.contains(" " + r2Access.sshPort().getAsInt() + " ")
                        && row.contains(" " + r2Access.telnetPort().getAsInt()), shown.toString());
                int port = r2Access.sshPort().getAsInt();
                try (SshShell shell = SshShell.open(client, port, "admin", "Lab2Pass")) {
                    shell.await("R2#");
                    console.submit("lab router R2 down", shown::append);
                    shell.send("show privilege\r");
                    assertTrue(shell.awaitClosed(SshShell.WAIT), "a session on a switched-off router ends");
                }
                assertThrows(SshException.class, () -> SshShell.open(client, port, "admin", "Lab2Pass").close());
                console.submit("lab router R2 up", shown::append);
                try (SshShell shell = SshShell.open(client, port, "admin", "Lab2Pass")) {
                    shell.await("R2#"); // users from the startup-config, RSA keys from the key file
                }
            } finally {
                client.stop();
                servers.forEach(RouterAccess::close);
            }
        }
    }
}
