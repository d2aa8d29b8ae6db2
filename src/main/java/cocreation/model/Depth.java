package cocreation.model;

/** How deep co-creation goes (from consultation to thick co-creation). */
public enum Depth {
    /** Participants give input; the municipality decides and produces alone. */
    CONSULTATION,
    /** Participants define the problem and design the solution together, and endorse it. */
    CO_DESIGN,
    /** They also produce it together, pooling resources, and own the result. */
    THICK;

    public static Depth of(String name) {
        return valueOf(name.toUpperCase());
    }
}
