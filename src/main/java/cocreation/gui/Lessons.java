package cocreation.gui;

import cocreation.scenario.Scenario;
import java.nio.file.Path;

/**
 * The lesson presets (the scenario files in scenarios/) and the page for each, from the lessons
 * bundle keyed by the preset's file name: its title, what to try and what to watch, the chart to
 * show first, and in Norwegian the scenario's description (in English it is the file's own).
 */
final class Lessons {
    private Lessons() {
    }

    /** A scenario file's lesson key: its file name without .json. */
    static String name(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    /** The lesson's title, or its key if it has none (a scenario of one's own). */
    static String title(Texts t, String lesson) {
        String title = t.lesson(lesson + ".title");
        return title == null ? lesson : title;
    }

    static String description(Texts t, Scenario s) {
        String translated = t.language == Language.EN ? null : t.lesson(s.name + ".description");
        return translated == null ? s.description : translated;
    }

    static String toTry(Texts t, String lesson) {
        String text = t.lesson(lesson + ".try");
        return text == null ? t.lesson("default.try") : text;
    }

    static String toWatch(Texts t, String lesson) {
        String text = t.lesson(lesson + ".watch");
        return text == null ? t.lesson("default.watch") : text;
    }

    /** The chart the lesson talks about (a {@link LiveCharts} spec name), or null. */
    static String chart(Texts t, String lesson) {
        return t.lesson(lesson + ".chart");
    }

    /** The lesson's page. */
    static String about(Texts t, Scenario s) {
        return "<html><body style='font-family:sans-serif; font-size:12pt; margin:6px'>"
                + "<h2>" + escape(title(t, s.name)) + "</h2>"
                + "<p>" + escape(description(t, s)) + "</p>"
                + "<h3>" + escape(t.get("lesson.try")) + "</h3><p>" + escape(toTry(t, s.name)) + "</p>"
                + "<h3>" + escape(t.get("lesson.watch")) + "</h3><p>" + escape(toWatch(t, s.name)) + "</p>"
                + t.lesson("reading") + "</body></html>";
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
