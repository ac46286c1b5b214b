package org.iosemu.exercise;

import java.util.List;
import java.util.Map;

/** Grades as JUnit XML (a test suite per learner, a test case per task) and as JSON. */
final class GradeReports {

    private GradeReports() {}

    static String junit(Map<String, Grader.Grade> grades) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        for (Map.Entry<String, Grader.Grade> e : grades.entrySet()) {
            Grader.Grade g = e.getValue();
            long failures = g.tasks().stream().filter(t -> !t.passed()).count();
            b.append("  <testsuite name=\"").append(xml(e.getKey())).append("\" tests=\"").append(g.tasks().size())
                    .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
            b.append("    <properties>\n");
            property(b, "exercise", g.exercise().title());
            property(b, "points", String.valueOf(g.points()));
            property(b, "maxPoints", String.valueOf(g.exercise().maxPoints()));
            b.append("    </properties>\n");
            for (Grader.TaskResult t : g.tasks()) {
                b.append("    <testcase classname=\"").append(xml(e.getKey())).append("\" name=\"").append(xml(t.task().id() + ": " + t.task().title()))
                        .append("\"");
                if (t.passed()) {
                    b.append("/>\n");
                    continue;
                }
                b.append(">\n      <failure message=\"").append(xml(t.task().id() + " failed (0/" + t.task().points() + " points)")).append("\">");
                for (Grader.CheckResult c : t.checks()) {
                    if (!c.outcome().passed()) {
                        b.append(xml(c.check().describe() + "\n  expected: " + c.outcome().expected() + "\n  observed: " + c.outcome().observed() + "\n"));
                    }
                }
                b.append("</failure>\n    </testcase>\n");
            }
            b.append("  </testsuite>\n");
        }
        return b.append("</testsuites>\n").toString();
    }

    private static void property(StringBuilder b, String name, String value) {
        b.append("      <property name=\"").append(name).append("\" value=\"").append(xml(value)).append("\"/>\n");
    }

    static String json(Map<String, Grader.Grade> grades) {
        StringBuilder b = new StringBuilder("{\n  \"learners\": [");
        String sep = "\n";
        for (Map.Entry<String, Grader.Grade> e : grades.entrySet()) {
            Grader.Grade g = e.getValue();
            b.append(sep).append("    {\"learner\": ").append(json(e.getKey())).append(", \"exercise\": ").append(json(g.exercise().title()))
                    .append(", \"points\": ").append(g.points()).append(", \"maxPoints\": ").append(g.exercise().maxPoints())
                    .append(", \"tasks\": [");
            String tsep = "\n";
            for (Grader.TaskResult t : g.tasks()) {
                b.append(tsep).append("      {\"id\": ").append(json(t.task().id())).append(", \"title\": ").append(json(t.task().title()))
                        .append(", \"passed\": ").append(t.passed()).append(", \"points\": ").append(t.points())
                        .append(", \"maxPoints\": ").append(t.task().points()).append(", \"failures\": [");
                List<Grader.CheckResult> failed = t.checks().stream().filter(c -> !c.outcome().passed()).toList();
                String fsep = "";
                for (Grader.CheckResult c : failed) {
                    b.append(fsep).append("{\"check\": ").append(json(c.check().describe())).append(", \"expected\": ")
                            .append(json(c.outcome().expected())).append(", \"observed\": ").append(json(c.outcome().observed())).append("}");
                    fsep = ", ";
                }
                b.append("]}");
                tsep = ",\n";
            }
            b.append("\n    ]}");
            sep = ",\n";
        }
        return b.append("\n  ]\n}\n").toString();
    }

    private static String xml(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
