package cocreation.model;

/** In which order the review queue is taken, after sponsored proposals (ODD 7.4). */
public enum QueueOrder {
    /** In the order proposed: every proposal waits its turn, and ordering costs nothing. */
    IN_TURN,
    /** Best first reading first: each new proposal is read briefly, which costs review hours. */
    FIRST_READING;

    static QueueOrder of(String key) {
        return switch (key) {
            case "in_turn" -> IN_TURN;
            case "first_reading" -> FIRST_READING;
            default -> throw new IllegalArgumentException("unknown queue order " + key);
        };
    }
}
