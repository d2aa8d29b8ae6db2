package cocreation.gui;

import java.util.Locale;

/** The languages the classroom window speaks: English, and Norwegian bokmål, the language of the source talk. */
public enum Language {
    EN(Locale.ROOT, ""),
    NB(new Locale("nb"), "nb");

    /** The locale of its resource bundles (the base bundles are English). */
    final Locale locale;
    /** Its tag on the command line and in the names of its screenshots; empty for English. */
    final String tag;

    Language(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    /** A language by its tag (en, nb; no, Norwegian without a written standard, reads as bokmål), or null. */
    public static Language of(String tag) {
        switch (tag.toLowerCase(Locale.ROOT)) {
            case "en": return EN;
            case "nb": case "no": return NB;
            default: return null;
        }
    }

    /** The system's language if the window speaks it (nynorsk readers get bokmål), else English. */
    public static Language ofSystem() {
        String l = Locale.getDefault().getLanguage();
        return l.equals("nb") || l.equals("no") || l.equals("nn") ? NB : EN;
    }

    /** Number formats of this language (a decimal comma in Norwegian). */
    Locale numbers() {
        return this == EN ? Locale.UK : new Locale("nb", "NO");
    }
}
