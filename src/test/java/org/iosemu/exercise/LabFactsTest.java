package org.iosemu.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Easy VPN and NAT facts as learners meet them: what `lab check` reports for the usual half-right submissions
 * of exercises 15 and 16, and that a fix other than the reference one scores full marks.
 */
class LabFactsTest {

    private static Grader.Grade grade(String exercise, String r1) throws Exception {
        Exercise e = ExerciseParser.load(CurriculumTest.EXERCISES.resolve(exercise));
        return Grader.gradeSubmission(e, Map.of("R1", r1));
    }

    private static String solution(String exercise) throws Exception {
        return Files.readString(CurriculumTest.EXERCISES.resolve(exercise).resolve("solution/R1.cfg"));
    }

    private static Grader.TaskResult task(Grader.Grade grade, String id) {
        return grade.tasks().stream().filter(t -> t.task().id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> observed(Grader.TaskResult task) {
        return task.checks().stream().filter(c -> !c.outcome().passed()).map(c -> c.outcome().observed()).toList();
    }

    @Test
    void anEasyVpnRemoteWithoutItsSavedAccountWaitsAtTheXauthPrompt() throws Exception {
        Grader.Grade g = grade("15-ezvpn-remote-dpd", solution("15-ezvpn-remote-dpd").replace(" xauth userid mode local\n", ""));
        Grader.TaskResult connected = task(g, "connected");
        assertFalse(connected.passed());
        assertEquals(List.of("Current State: XAUTH_PROMPT", "Current State: XAUTH_PROMPT"), observed(connected));
    }

    @Test
    void anEasyVpnRemoteWithTheServersSwappedStartsOnTheWrongOne() throws Exception {
        String swapped = solution("15-ezvpn-remote-dpd").replace(" peer 10.10.10.10\n peer 10.2.2.2\n", " peer 10.2.2.2\n peer 10.10.10.10\n");
        Grader.Grade g = grade("15-ezvpn-remote-dpd", swapped);
        assertEquals(List.of("Current EzVPN Peer: 10.2.2.2"), observed(task(g, "connected")));
    }

    @Test
    void droppingNatAltogetherLeavesTheInternetUntranslated() throws Exception {
        Grader.Grade g = grade("16-trouble-nat-exemption", solution("16-trouble-nat-exemption").replace(" ip nat outside\n", ""));
        assertTrue(task(g, "tunnel").passed());
        assertEquals(List.of("no translation of 10.1.1.1"), observed(task(g, "internet")));
    }

    @Test
    void aDenyLineInTheNatAccessListIsAFixToo() throws Exception {
        String acl = solution("16-trouble-nat-exemption")
                .replace("route-map NONAT deny 10\n match ip address 110\n!\n", "")
                .replace("access-list 120 permit ip 10.1.1.0 0.0.0.255 any",
                        "access-list 120 deny ip 10.1.1.0 0.0.0.255 10.2.2.0 0.0.0.255\naccess-list 120 permit ip 10.1.1.0 0.0.0.255 any");
        assertFalse(acl.contains("route-map NONAT deny"));
        assertTrue(acl.contains("access-list 120 deny"));
        Grader.Grade g = grade("16-trouble-nat-exemption", acl);
        assertTrue(g.fullMarks(), String.join("\n", GradeText.lines(g)));
    }
}
