package id.pilar.rosters.api;

import java.util.List;

/** A refused operation; the messages are Indonesian and meant for the user. */
public class RostersException extends RuntimeException {

    private final List<String> problems;

    public RostersException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public RostersException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
