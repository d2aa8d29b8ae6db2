package cocreation.gui;

import cocreation.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The window's words in one language, from three resource bundles beside this class: window
 * (menus, captions, charts), levers (keyed by parameter path) and lessons (keyed by preset).
 * Bundles are looked up without falling back to the system's locale, so English stays English
 * on a Norwegian machine; a Norwegian bundle falls back to the English one key by key.
 */
final class Texts {
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    final Language language;
    private final ResourceBundle window, levers, lessons;

    private Texts(Language language) {
        this.language = language;
        window = bundle("window", language);
        levers = bundle("levers", language);
        lessons = bundle("lessons", language);
    }

    static Texts of(Language language) {
        return new Texts(language);
    }

    static ResourceBundle bundle(String name, Language language) {
        return ResourceBundle.getBundle("cocreation.gui." + name, language.locale, EXACT);
    }

    /** A text of the window; a missing one shows its key, so it is seen where it is missing. */
    String get(String key) {
        String t = find(window, key);
        return t == null ? key : t;
    }

    /** A text with its blanks filled ({@link String#format}, numbers as the language writes them). */
    String format(String key, Object... args) {
        return String.format(language.numbers(), get(key), args);
    }

    /** A lever's text (label, end, choice), or null if none is written. */
    String lever(String key) {
        return find(levers, key);
    }

    /** A lesson's text, or null if none is written. */
    String lesson(String key) {
        return find(lessons, key);
    }

    /** A name a scenario gives a sector or an arena, translated if the window knows it, else as given. */
    String name(String given) {
        String t = find(window, "name." + given.trim().toLowerCase(Locale.ROOT).replace(' ', '_'));
        return t == null ? given.trim() : t;
    }

    /** The sectors' names as the scenario gives them (municipality.sector_names); a sector it leaves unnamed is numbered. */
    List<String> sectors(Scenario s) {
        String[] given = s.municipality.sector_names.split(",");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < s.municipality.sectors; i++)
            names.add(i < given.length && !given[i].isBlank() ? name(given[i]) : format("sector.numbered", i + 1));
        return names;
    }

    private static String find(ResourceBundle b, String key) {
        try {
            String t = b.getString(key);
            return t.isBlank() ? null : t;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
