package cocreation.gui;

import cocreation.model.Role;
import java.awt.Color;

/**
 * Colours of the classroom window, chosen to read from the back of a lit room: Okabe-Ito hues
 * (colour-blind safe) on white, officials in three blues by level, and a gold halo kept for
 * System 2 alone so that "thinking slowly" is the one thing that glows.
 */
final class Palette {
    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED = new Color(0x666666);
    static final Color CITIZEN = new Color(0x8C8C8C);
    static final Color FRONTLINE = new Color(0x56B4E9);
    static final Color MANAGER = new Color(0x0072B2);
    static final Color POLITICIAN = new Color(0x00345E);
    static final Color BUSINESS = new Color(0xCC79A7);
    static final Color ASSOCIATION = new Color(0x009E73);
    static final Color SYSTEM2 = new Color(0xE69F00);
    static final Color ARENA = new Color(0x000000);
    static final Color SECTOR_DISC = new Color(0xF3F3F3);
    static final Color LOW_TRUST = new Color(0xD55E00);
    static final Color MID_TRUST = new Color(0xC8C8C8);
    static final Color HIGH_TRUST = new Color(0x0072B2);

    /**
     * Trust colours in steps of 0.1: within a sector a pale tint, across sectors the full colour.
     * Opaque on purpose: translucent lines cost ten times as much to draw, and 20,000 of them must
     * be drawn many times a second.
     */
    private static final int STEPS = 11;
    private static final Color[] WITHIN = new Color[STEPS];
    private static final Color[] BETWEEN = new Color[STEPS];

    static {
        for (int i = 0; i < STEPS; i++) {
            Color c = trustColour(i / (double) (STEPS - 1));
            WITHIN[i] = mix(Color.WHITE, c, 0.5);
            BETWEEN[i] = c;
        }
    }

    private Palette() {
    }

    static Color role(Role role) {
        switch (role) {
            case CITIZEN: return CITIZEN;
            case FRONTLINE: return FRONTLINE;
            case MANAGER: return MANAGER;
            case POLITICIAN: return POLITICIAN;
            case BUSINESS: return BUSINESS;
            default: return ASSOCIATION;
        }
    }

    /** Opaque trust colour: vermillion (0) through grey (0.5) to blue (1). */
    static Color trustColour(double trust) {
        double t = Math.max(0, Math.min(1, trust));
        return t < 0.5 ? mix(LOW_TRUST, MID_TRUST, t / 0.5) : mix(MID_TRUST, HIGH_TRUST, (t - 0.5) / 0.5);
    }

    /** The translucent colour a tie with this trust is drawn in. */
    static Color tie(double trust, boolean crossSector) {
        int i = (int) Math.round(Math.max(0, Math.min(1, trust)) * (STEPS - 1));
        return crossSector ? BETWEEN[i] : WITHIN[i];
    }

    private static Color mix(Color a, Color b, double f) {
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
