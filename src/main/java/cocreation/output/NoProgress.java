package cocreation.output;

/** Silent {@link Progress}. */
enum NoProgress implements Progress {
    INSTANCE;

    @Override public void step() {}
    @Override public void stepBy(long n) {}
    @Override public void setExtraMessage(String message) {}
    @Override public void close() {}
}
