package cocreation.gui;

import cocreation.scenario.ParameterInfo;
import cocreation.scenario.ParameterRegistry;
import cocreation.scenario.Scenario;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The classroom levers as MASON properties: each reads and writes a field of the live scenario,
 * named by its path in scenario files, with the slider range and tooltip taken from the
 * parameter registry, so the window, the files, {@code --set} and the ODD use one vocabulary.
 * Numbers become sliders (an {@link Interval} domain), the regime a pop-up list (a String[]
 * domain over an index). The model reads its scenario each week, so most levers act at once.
 */
final class Levers extends Properties {
    private static final long serialVersionUID = 1L;

    /** The levers of the talk, in the order a teacher would reach for them. */
    static final List<String> MUNICIPALITY = List.of("municipality.regime", "municipality.time_pressure",
            "municipality.silo_strength", "municipality.leadership", "population.diversity", "trust.initial");
    /** Levers the model uses only when it builds the community, i.e. at the next start. */
    static final List<String> AT_START = List.of("municipality.silo_strength", "population.diversity", "trust.initial");

    private final transient Supplier<Scenario> scenario;
    private final List<String> paths = new ArrayList<>();
    private final List<ParameterInfo> infos = new ArrayList<>();

    Levers(Supplier<Scenario> scenario) {
        this.scenario = scenario;
        List<String> all = new ArrayList<>(MUNICIPALITY);
        String dial = "arenas[].facilitation.";
        for (int i = 0; i < scenario.get().arenas.size(); i++)
            for (ParameterInfo p : ParameterRegistry.all())
                if (p.path().startsWith(dial)) all.add("arenas[" + i + "].facilitation." + p.path().substring(dial.length()));
        for (String path : all) {
            ParameterInfo info = ParameterRegistry.find(path);
            if (info == null) throw new IllegalStateException("no scenario parameter " + path);
            paths.add(path);
            infos.add(info);
        }
    }

    /** The scenario paths, in display order. */
    List<String> paths() {
        return List.copyOf(paths);
    }

    private boolean isChoice(int i) {
        return !infos.get(i).choices().isEmpty();
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return paths.size();
    }

    @Override
    public String getName(int i) {
        return paths.get(i);
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
        ParameterInfo p = infos.get(i);
        return isChoice(i) ? p.choices().toArray(new String[0]) : new Interval(p.min(), p.max());
    }

    @Override
    public String getDescription(int i) {
        ParameterInfo p = infos.get(i);
        String later = AT_START.contains(paths.get(i)) ? "<br><i>Used when the community is built: press Stop, then Play.</i>" : "";
        return "<html><b>" + paths.get(i) + "</b> (" + p.range() + ")<br>" + p.doc() + later + "</html>";
    }

    @Override
    public Object getValue(int i) {
        Object v = read(scenario.get(), paths.get(i));
        return isChoice(i) ? (Object) infos.get(i).choices().indexOf(v) : v;
    }

    @Override
    protected Object _setValue(int i, Object value) {
        Scenario s = scenario.get();
        ParameterInfo p = infos.get(i);
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
        write(s, paths.get(i), v);
        return getValue(i);
    }

    /** Reads a scenario field by path, e.g. {@code arenas[0].facilitation.humour}. */
    static Object read(Scenario s, String path) {
        Target t = target(s, path);
        try {
            return t.field.get(t.owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(path, e);
        }
    }

    static void write(Scenario s, String path, Object value) {
        Target t = target(s, path);
        try {
            t.field.set(t.owner, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(path, e);
        }
    }

    private record Target(Object owner, Field field) {
    }

    private static Target target(Object root, String path) {
        String[] parts = path.split("\\.");
        Object owner = root;
        try {
            for (int k = 0; k < parts.length - 1; k++) {
                String part = parts[k];
                int bracket = part.indexOf('[');
                String name = bracket < 0 ? part : part.substring(0, bracket);
                owner = owner.getClass().getField(name).get(owner);
                if (bracket >= 0) owner = ((List<?>) owner).get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
            return new Target(owner, owner.getClass().getField(parts[parts.length - 1]));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no scenario field " + path, e);
        }
    }
}
