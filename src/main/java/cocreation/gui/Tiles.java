package cocreation.gui;

import java.awt.Rectangle;

/**
 * How the window shares a screen without overlap: MASON's Console (play, levers, lesson) in a
 * column on the right, the classroom frame on the rest; inside the frame the community on the
 * left above the idea pipeline, the headline outcome on the right above the other charts. The
 * community keeps its field's proportions. Sized for a 1366 x 768 projector, scaled for larger screens.
 */
final class Tiles {
    static final int CONSOLE_WIDTH = 380;
    /** MASON's display header (layers, zoom, snapshot buttons) above the field. */
    static final int DISPLAY_HEADER = 30;

    /** Where the two windows go on a screen's usable area (without task bars). */
    record Screen(Rectangle console, Rectangle frame) {
    }

    /** Where the parts go in the classroom frame's content, relative to it. */
    record Frame(Rectangle community, Rectangle pipeline, Rectangle headline, Rectangle charts) {
    }

    private Tiles() {
    }

    static Screen of(Rectangle screen) {
        int console = Math.max(CONSOLE_WIDTH, screen.width / 4);
        return new Screen(new Rectangle(screen.x + screen.width - console, screen.y, console, screen.height),
                new Rectangle(screen.x, screen.y, screen.width - console, screen.height));
    }

    static Frame inside(int width, int height) {
        int left = (int) Math.round(width * 0.64);
        double aspect = CommunityLayout.WIDTH / CommunityLayout.HEIGHT;
        int community = (int) Math.min(Math.round(height * 0.64), Math.round(left / aspect) + DISPLAY_HEADER);
        int headline = (int) Math.round(height * 0.5);
        return new Frame(new Rectangle(0, 0, left, community), new Rectangle(0, community, left, height - community),
                new Rectangle(left, 0, width - left, headline), new Rectangle(left, headline, width - left, height - headline));
    }
}
