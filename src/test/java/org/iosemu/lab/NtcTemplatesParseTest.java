package org.iosemu.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every show command iosemu implements that has a cisco_ios template in ntc-templates, parsed with Debian's
 * python3-textfsm as automation parses it (netmiko `use_textfsm`, Ansible `cli_parse`): the template must
 * accept the output (a line it does not know is an error for most) and fill the fields a script reads, on a lab
 * router with a live tunnel and traffic behind it. Not here: `show running-config interface` (its template
 * rejects the `end` line that closes IOS's single-interface output, and `duplex`/`crypto map` lines).
 */
class NtcTemplatesParseTest {

    private static final Path TEMPLATES = Path.of("src/test/resources/ntc-templates");
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    /** Command → its records, each a field → value map (lists joined with ','). */
    private static Map<String, List<Map<String, String>>> parsed;
    private static Map<String, String> outputs;

    /** The command whose output each template parses. */
    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("show version", "cisco_ios_show_version");
        COMMANDS.put("show clock", "cisco_ios_show_clock");
        COMMANDS.put("show users", "cisco_ios_show_users");
        COMMANDS.put("show ip interface brief", "cisco_ios_show_ip_interface_brief");
        COMMANDS.put("show ip interface", "cisco_ios_show_ip_interface");
        COMMANDS.put("show interfaces", "cisco_ios_show_interfaces");
        COMMANDS.put("show interfaces description", "cisco_ios_show_interfaces_description");
        COMMANDS.put("show ip route", "cisco_ios_show_ip_route");
        COMMANDS.put("show access-lists", "cisco_ios_show_access-list");
        COMMANDS.put("show ip access-lists", "cisco_ios_show_ip_access-lists");
        COMMANDS.put("show crypto ipsec sa detail", "cisco_ios_show_crypto_ipsec_sa_detail");
        COMMANDS.put("show crypto session detail", "cisco_ios_show_crypto_session_detail");
        COMMANDS.put("show logging", "cisco_ios_show_logging");
        COMMANDS.put("show ip nat translations", "cisco_ios_show_ip_nat_translations");
        COMMANDS.put("show route-map", "cisco_ios_show_route-map");
    }

    /** Commands run on the branch of samples/labs/branch-nat-exemption (PAT with a route-map exemption). */
    private static final java.util.Set<String> ON_THE_NAT_BRANCH = java.util.Set.of("show ip nat translations",
            "show route-map");

    @BeforeAll
    static void runCommandsAndParse() throws Exception {
        assumeTrue(Files.isExecutable(PYTHON) && new ProcessBuilder(PYTHON.toString(), "-c", "import textfsm")
                .start().waitFor() == 0, "needs Debian's python3-textfsm (apt-get install python3-textfsm)");
        LabDriver d = LabDriver.ofSamples("site-to-site-periodic-dpd");
        d.type("enable", "configure terminal", "logging buffered 16384 debugging", "end",
                "ping 10.2.2.1 source Loopback0", "ping 10.2.2.1 source Loopback0 repeat 20", "terminal length 0");
        LabDriver branch = LabDriver.ofSamples("branch-nat-exemption");
        branch.type("enable", "ping 198.51.100.80 source Loopback0", "ping 10.2.2.1 source Loopback0");
        outputs = new LinkedHashMap<>();
        for (String command : COMMANDS.keySet()) {
            String screen = (ON_THE_NAT_BRANCH.contains(command) ? branch : d).type(command);
            outputs.put(command, screen.substring(screen.indexOf('\n') + 1));
        }
        parsed = parse(outputs);
    }

    /** One python run: for each command, TextFSM records of its output under its template, as TSV lines. */
    private static Map<String, List<Map<String, String>>> parse(Map<String, String> outputs) throws Exception {
        Path dir = Files.createTempDirectory("ntc");
        StringBuilder jobs = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, String> e : outputs.entrySet()) {
            Path data = dir.resolve("out" + n++ + ".txt");
            Files.writeString(data, e.getValue(), StandardCharsets.UTF_8);
            jobs.append(e.getKey()).append('\t').append(TEMPLATES.resolve(COMMANDS.get(e.getKey()) + ".textfsm").toAbsolutePath())
                    .append('\t').append(data).append('\n');
        }
        String script = String.join("\n",
                "import sys, textfsm",
                "for job in sys.stdin.read().splitlines():",
                "    command, template, data = job.split('\\t')",
                "    try:",
                "        with open(template) as t:",
                "            fsm = textfsm.TextFSM(t)",
                "            rows = fsm.ParseText(open(data).read())",
                "        print('#command\\t' + command)",
                "        print('#header\\t' + '\\t'.join(fsm.header))",
                "        for r in rows:",
                "            print('\\t'.join(','.join(v) if isinstance(v, list) else v for v in r))",
                "    except Exception as x:",
                "        print('#error\\t' + command + '\\t' + str(x).replace('\\n', ' '))",
                "");
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", script).redirectErrorStream(true).start();
        p.getOutputStream().write(jobs.toString().getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String result = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        Map<String, List<Map<String, String>>> records = new LinkedHashMap<>();
        String command = null;
        String[] header = new String[0];
        for (String line : result.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("#error")) {
                records.put(f[1], null);
                outputs.put(f[1] + " (error)", f[2]);
            } else if (f[0].equals("#command")) {
                command = f[1];
                records.put(command, new ArrayList<>());
            } else if (f[0].equals("#header")) {
                header = java.util.Arrays.copyOfRange(f, 1, f.length);
            } else if (command != null && !line.isEmpty()) {
                Map<String, String> record = new LinkedHashMap<>();
                for (int i = 0; i < header.length && i < f.length; i++) {
                    record.put(header[i], f[i]);
                }
                records.get(command).add(record);
            }
        }
        deleteTree(dir);
        return records;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    /** The records of {@code command}; fails with the output and the parser's error if the template rejected it. */
    private static List<Map<String, String>> records(String command) {
        List<Map<String, String>> r = parsed.get(command);
        assertTrue(r != null, () -> command + ": " + outputs.get(command + " (error)") + "\n" + outputs.get(command));
        assertFalse(r.isEmpty(), () -> command + " gave no record:\n" + outputs.get(command));
        return r;
    }

    private static Map<String, String> record(String command, String field, String value) {
        return records(command).stream().filter(m -> value.equals(m.get(field))).findFirst()
                .orElseThrow(() -> new AssertionError(command + ": no record with " + field + "=" + value + " in "
                        + records(command) + "\n" + outputs.get(command)));
    }

    private static void filled(Map<String, String> record, String... fields) {
        for (String f : fields) {
            assertFalse(record.getOrDefault(f, "").isEmpty(), () -> f + " empty in " + record);
        }
    }

    @Test
    void showVersion() {
        Map<String, String> r = records("show version").get(0);
        filled(r, "VERSION", "HOSTNAME", "UPTIME", "RUNNING_IMAGE", "HARDWARE", "SERIAL", "CONFIG_REGISTER", "ROMMON");
        assertEquals("R1", r.get("HOSTNAME"));
    }

    @Test
    void showClockAndUsers() {
        filled(records("show clock").get(0), "TIME", "TIMEZONE", "DAYWEEK", "MONTH", "DAY", "YEAR");
        // the console has no user; the template then reads Host(s) ("idle") as USER, as it does with real output
        filled(records("show users").get(0), "LINE", "USER", "IDLE");
    }

    @Test
    void showIpInterfaceBriefAndFull() {
        filled(record("show ip interface brief", "INTERFACE", "FastEthernet0"), "IP_ADDRESS", "STATUS", "PROTO");
        Map<String, String> fa0 = record("show ip interface", "INTERFACE", "FastEthernet0");
        filled(fa0, "LINK_STATUS", "PROTOCOL_STATUS", "IP_ADDRESS", "PREFIX_LENGTH", "MTU");
        assertEquals("10.1.32.14", fa0.get("IP_ADDRESS"));
    }

    @Test
    void showInterfacesCountsTheTraffic() {
        Map<String, String> fa0 = record("show interfaces", "INTERFACE", "FastEthernet0");
        filled(fa0, "LINK_STATUS", "PROTOCOL_STATUS", "HARDWARE_TYPE", "MAC_ADDRESS", "IP_ADDRESS", "MTU", "BANDWIDTH",
                "DELAY", "ENCAPSULATION", "LAST_INPUT", "LAST_OUTPUT", "QUEUE_STRATEGY", "INPUT_RATE", "INPUT_PACKETS",
                "OUTPUT_PACKETS", "RUNTS", "INPUT_ERRORS", "OUTPUT_ERRORS", "DUPLEX", "SPEED");
        assertTrue(Long.parseLong(fa0.get("INPUT_PACKETS")) >= 25, fa0.toString());
        assertTrue(Long.parseLong(fa0.get("OUTPUT_PACKETS")) >= 25, fa0.toString());
        filled(record("show interfaces", "INTERFACE", "Loopback0"), "HARDWARE_TYPE", "IP_ADDRESS", "MTU", "ENCAPSULATION");
    }

    @Test
    void showInterfacesDescription() {
        Map<String, String> fa0 = record("show interfaces description", "PORT", "Fa0");
        assertEquals("up", fa0.get("STATUS"));
        assertEquals("up", fa0.get("PROTOCOL"));
        filled(record("show interfaces description", "PORT", "Lo0"), "STATUS", "PROTOCOL");
    }

    @Test
    void showIpRouteAndAccessLists() {
        filled(record("show ip route", "NETWORK", "0.0.0.0"), "PROTOCOL", "PREFIX_LENGTH", "NEXTHOP_IP");
        filled(record("show ip route", "NETWORK", "10.1.32.0"), "PROTOCOL", "PREFIX_LENGTH", "NEXTHOP_IF");
        filled(records("show access-lists").get(0), "NAME", "TYPE", "SN", "ACTION", "PROTOCOL", "SOURCE", "DESTINATION");
        filled(record("show ip access-lists", "ACTION", "permit"), "ACL_TYPE", "ACL_NAME", "ACTION", "PROTOCOL", "SRC_NETWORK",
                "DST_NETWORK");
    }

    @Test
    void showCryptoIpsecSaDetail() {
        List<Map<String, String>> sas = records("show crypto ipsec sa detail");
        assertEquals(2, sas.size(), "one inbound and one outbound ESP SA: " + sas);
        Map<String, String> in = sas.get(0);
        filled(in, "INTERFACE", "CRYPTO_MAP_TAG", "LOCAL_ADDR", "LOCAL_IDENT_ADDR", "REMOTE_IDENT_ADDR", "CURRENT_PEER",
                "PORT", "PKTS_ENCAPS", "PKTS_DECAPS", "PKTS_NO_SA", "PKTS_REPLAY_FAILED", "LOCAL_CRYPTO_ENDPT", "PLAINTEXT_MTU",
                "PATH_MTU", "CURRENT_OUTBOUND_SPI_HEX", "PFS", "SA_ORIENTATION", "SA_SPI_HEX", "SA_TRANSFORM",
                "SA_IN_USE_SETTINGS", "SA_CONN_ID", "SA_LIFETIME_KBYTES", "SA_IV_SIZE", "SA_REPLAY_WINDOW_SIZE", "SA_STATUS");
        assertEquals("24", in.get("PKTS_ENCAPS"), "the 4 + 20 echoes that went through the tunnel");
        assertEquals("1446", in.get("PLAINTEXT_MTU"), "esp-3des esp-sha-hmac, tunnel mode");
        assertEquals("64", in.get("SA_REPLAY_WINDOW_SIZE"));
        assertEquals("outbound", sas.get(1).get("SA_ORIENTATION"));
    }

    @Test
    void showCryptoSessionDetail() {
        filled(records("show crypto session detail").get(0), "INTERFACE", "SESSION_STATUS", "UPTIME", "PEER", "PORT",
                "PHASE1_ID", "LOCAL_IP", "REMOTE_IP", "IKEV1_STATUS", "CAPABILITIES", "CONN_ID", "LIFETIME", "SRC_HOST",
                "DST_HOST", "ACTIVE_SA", "ORIGIN");
    }

    @Test
    void showLogging() {
        filled(records("show logging").get(0), "MONTH", "DAY", "TIME", "FACILITY", "SEVERITY", "MNEMONIC", "MESSAGE");
    }

    @Test
    void showIpNatTranslationsAndRouteMap() {
        Map<String, String> pat = record("show ip nat translations", "PROTOCOL", "icmp");
        filled(pat, "INSIDE_GLOBAL_IP", "INSIDE_GLOBAL_PORT", "INSIDE_LOCAL_IP", "INSIDE_LOCAL_PORT", "OUTSIDE_LOCAL_IP",
                "OUTSIDE_GLOBAL_IP");
        assertEquals("10.1.32.14", pat.get("INSIDE_GLOBAL_IP"));
        assertEquals("10.1.1.1", pat.get("INSIDE_LOCAL_IP"));
        Map<String, String> exemption = record("show route-map", "ACTION", "deny");
        filled(exemption, "NAME", "SEQ", "MATCH_CLAUSES");
        assertEquals(2, records("show route-map").size());
    }
}
