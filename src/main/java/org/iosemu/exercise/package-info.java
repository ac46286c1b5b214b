/**
 * Exercises: a lab folder plus an {@code exercise.txt} that says what the learner must achieve, and the grading
 * of it.
 *
 * <p>{@link org.iosemu.exercise.ExerciseParser} reads the file (errors as {@code FILE:LINE: message}) into an
 * {@link org.iosemu.exercise.Exercise}: title, briefing, {@link org.iosemu.exercise.Fault}s injected into the
 * starting configs, and {@link org.iosemu.exercise.Task}s with {@link org.iosemu.exercise.Check}s. Checks read a
 * router's running-config the way IOS reads a line ({@link org.iosemu.exercise.ConfigMatcher}: the line is typed
 * into a scratch copy of the router and must change nothing), live facts of the lab
 * ({@link org.iosemu.exercise.LabFacts}: the IKE engine's snapshot and Easy VPN status, the NAT table's rows), or run a {@link org.iosemu.exercise.Scenario} on a copy of the lab
 * booted from the current running-configs on its own virtual clock, so the learner's lab is never disturbed.
 * {@link org.iosemu.exercise.Grader} turns checks into task results; {@link org.iosemu.exercise.ExerciseConsole}
 * serves `lab exercise|check|hint|reset`; {@link org.iosemu.exercise.HeadlessGrading} grades submissions for
 * `--grade` with JUnit XML and JSON reports.
 *
 * <p>Dependencies: exercise → lab, config, cli.session, and the read-only views of ike and nat. Nothing but
 * {@code app} imports this package.
 */
package org.iosemu.exercise;
