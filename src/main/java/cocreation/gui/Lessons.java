package cocreation.gui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The lesson presets (the scenario files in scenarios/) and the About page for each: the
 * scenario's own description, what to try and what to watch (from lessons.properties), and how to
 * read the window.
 */
final class Lessons {
    private static final Properties TEXTS = load();

    private Lessons() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Lessons.class.getResourceAsStream("lessons.properties")) {
            if (in != null) p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** A scenario file's lesson name: its file name without .json. */
    static String name(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    static String toTry(String lesson) {
        return TEXTS.getProperty(lesson + ".try", TEXTS.getProperty("default.try"));
    }

    static String toWatch(String lesson) {
        return TEXTS.getProperty(lesson + ".watch", TEXTS.getProperty("default.watch"));
    }

    /** The About page for a lesson. */
    static String about(String lesson, String description) {
        return "<html><body style='font-family:sans-serif; font-size:13pt; margin:8px'>"
                + "<h2>Lesson: " + escape(lesson) + "</h2>"
                + "<p>" + escape(description) + "</p>"
                + "<h3>Try</h3><p>" + escape(toTry(lesson)) + "</p>"
                + "<h3>Watch</h3><p>" + escape(toWatch(lesson)) + "</p>"
                + READING + "</body></html>";
    }

    private static final String READING = "<h3>Reading the window</h3><ul>"
            + "<li><b>Community</b>: one disc per sector (the silos). Grey dots are citizens; squares are officials "
            + "(light blue frontline, blue managers, dark blue political leaders); pink diamonds are businesses, "
            + "green triangles associations. A <b>gold halo</b> marks someone who thought slowly (System 2) this week.</li>"
            + "<li><b>Ties</b> are coloured by trust: red low, grey middling, blue high. Pale ties stay within a sector; "
            + "full-colour ties cross sectors: the bridges between silos. The display's Layers menu can hide either kind.</li>"
            + "<li>In a session week the arena's participants <b>gather in the middle</b>, on a floor ringed in black.</li>"
            + "<li><b>Charts</b>: new, useful and put to use; trust within and between sectors; thinking slowly and habit; "
            + "expectations against the value of practice. <b>Pipeline</b>: the three tests, and where ideas are or stopped.</li>"
            + "<li><b>Levers</b> (Model tab) carry the names used in scenario files. Regime, time pressure, leadership and "
            + "facilitation act at once; silo strength, diversity and initial trust when you press Stop and Play again.</li>"
            + "<li>Choose a lesson above: the current run stops and the lesson's scenario is loaded, levers included. "
            + "The seed is in the Console tab; the same seed gives the same run as <tt>./cocreation run</tt>.</li></ul>";

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
