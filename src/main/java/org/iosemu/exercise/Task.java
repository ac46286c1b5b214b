package org.iosemu.exercise;

import java.util.List;

/**
 * One task of an exercise: passed when every check holds.
 *
 * @param id short name for `lab hint ID`
 * @param line where the task starts in the exercise file
 */
public record Task(String id, String title, int points, List<String> hints, List<Check> checks, int line) {
}
