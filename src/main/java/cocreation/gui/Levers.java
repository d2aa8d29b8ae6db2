package cocreation.gui;

import cocreation.scenario.Names;
import cocreation.scenario.ParameterInfo;
import cocreation.scenario.ParameterPath;
import cocreation.scenario.ParameterRegistry;
import cocreation.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The classroom levers as MASON properties: each reads and writes a field of the live scenario,
 * named by its path in scenario files, with the slider range and meaning taken from the
 * parameter registry, so the window, the files, {@code --set} and the ODD use one vocabulary.
 * Each has a plain label and words for its two ends from the levers bundle, keyed by its path
 * (list indices as {@code []}); a parameter without them shows its path and its range's numbers.
 * The model reads its scenario each week, so most levers act at once.
 */
final class Levers extends Properties {
    private static final long serialVersionUID = 1L;

    /** Where a lever sits in the panel. */
    enum Group { MUNICIPALITY, PEOPLE, ARENA }

    /** The talk's levers of the municipality, in the order a teacher would reach for them. */
    static final List<String> MUNICIPALITY = List.of("municipality.regime", "municipality.time_pressure",
            "municipality.silo_strength", "municipality.leadership", "municipality.formality", "decisions.queue_order");
    static final List<String> PEOPLE = List.of("population.diversity", "trust.initial");
    /** Each arena's levers: its depth, then the eight principles (every facilitation dial in the registry). */
    private static final String ARENA = "arenas[].", DEPTH = "depth", DIALS = "facilitation.";

    /** A lever: its path with indices, its parameter, its group and its arena (-1 if none). */
    private record Lever(String path, ParameterInfo info, Group group, int arena) {
    }

    private final transient Supplier<Scenario> scenario;
    private final transient Texts texts;
    private final List<Lever> levers = new ArrayList<>();

    Levers(Supplier<Scenario> scenario, Texts texts) {
        this.scenario = scenario;
        this.texts = texts;
        for (String path : MUNICIPALITY) add(path, Group.MUNICIPALITY, -1);
        for (String path : PEOPLE) add(path, Group.PEOPLE, -1);
        for (int i = 0; i < scenario.get().arenas.size(); i++) {
            String at = "arenas[" + i + "].";
            add(at + DEPTH, Group.ARENA, i);
            for (ParameterInfo p : ParameterRegistry.all())
                if (p.path().startsWith(ARENA + DIALS)) add(at + p.path().substring(ARENA.length()), Group.ARENA, i);
        }
    }

    Levers(Supplier<Scenario> scenario) {
        this(scenario, Texts.of(Language.EN));
    }

    private void add(String path, Group group, int arena) {
        ParameterInfo info = ParameterRegistry.find(path);
        if (info == null) throw new IllegalStateException("no scenario parameter " + path);
        levers.add(new Lever(path, info, group, arena));
    }

    /** The scenario paths, in display order. */
    List<String> paths() {
        return levers.stream().map(Lever::path).toList();
    }

    Group group(int i) {
        return levers.get(i).group();
    }

    /** The arena a lever belongs to (its index in the scenario), or -1. */
    int arena(int i) {
        return levers.get(i).arena();
    }

    String label(int i) {
        return label(texts, levers.get(i).info(), levers.get(i).path());
    }

    String end(int i, boolean high) {
        return end(texts, levers.get(i).info(), high);
    }

    String choice(int i, int k) {
        return choice(texts, levers.get(i).info(), k);
    }

    /** A parameter's plain label, or its path (as given, indices included) if the levers bundle has none. */
    static String label(Texts texts, ParameterInfo p, String path) {
        String t = texts.lever(p.path());
        return t == null ? path : t;
    }

    /** The words for the low or high end of a parameter's slider, or its range's number. */
    static String end(Texts texts, ParameterInfo p, boolean high) {
        String t = texts.lever(p.path() + (high ? ".high" : ".low"));
        return t != null ? t : Names.number(high ? p.max() : p.min());
    }

    /** One of a parameter's choices in plain words, or as scenario files write it. */
    static String choice(Texts texts, ParameterInfo p, int k) {
        String value = p.choices().get(k);
        String t = texts.lever(p.path() + "." + value);
        return t == null ? value : t;
    }

    boolean atStart(int i) {
        return levers.get(i).info().builds(); // the registry knows which parameters the community is built with
    }

    private boolean isChoice(int i) {
        return !levers.get(i).info().choices().isEmpty();
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return levers.size();
    }

    @Override
    public String getName(int i) {
        return levers.get(i).path();
    }

    @Override
    public Class getType(int i) {
        return isChoice(i) ? Integer.TYPE : Double.TYPE;
    }

    @Override
    public boolean isReadWrite(int i) {
        return true;
    }

    @Override
    public Object getDomain(int i) {
        ParameterInfo p = levers.get(i).info();
        return isChoice(i) ? p.choices().toArray(new String[0]) : new Interval(p.min(), p.max());
    }

    /** The tooltip: the label, the meaning from the registry, the path and range in files, and when it acts. */
    @Override
    public String getDescription(int i) {
        ParameterInfo p = levers.get(i).info();
        String later = atStart(i) ? "<br><i>" + Lessons.escape(texts.get("levers.at_start")) + "</i>" : "";
        return "<html><body style='width:320px'><b>" + Lessons.escape(label(i)) + "</b><br>" + Lessons.escape(p.doc())
                + "<br><tt>" + levers.get(i).path() + "</tt> (" + Lessons.escape(p.range()) + ")" + later + "</body></html>";
    }

    @Override
    public Object getValue(int i) {
        Object v = read(scenario.get(), levers.get(i).path());
        return isChoice(i) ? (Object) levers.get(i).info().choices().indexOf(v) : v;
    }

    @Override
    protected Object _setValue(int i, Object value) {
        Scenario s = scenario.get();
        ParameterInfo p = levers.get(i).info();
        Object v;
        if (isChoice(i)) {
            int k = ((Number) value).intValue();
            if (k < 0 || k >= p.choices().size()) return null;
            v = p.choices().get(k);
        } else {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) return null;
            v = Math.max(p.min(), Math.min(p.max(), d));
        }
        write(s, levers.get(i).path(), v);
        return getValue(i);
    }

    /** Reads a scenario field by path, e.g. {@code arenas[0].facilitation.humour}. */
    static Object read(Scenario s, String path) {
        return ParameterPath.parse(path).field(s).get();
    }

    static void write(Scenario s, String path, Object value) {
        ParameterPath.parse(path).field(s).set(value);
    }
}
