package cocreation.gui;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Rectangle;
import java.util.List;
import org.junit.jupiter.api.Test;

class TilesTest {
    @Test
    void aProjectorOf1366x768HoldsEverythingWithoutOverlapAndLargeEnoughToRead() {
        Rectangle screen = new Rectangle(0, 0, 1366, 768);
        Tiles.Screen s = Tiles.of(screen);
        assertTrue(screen.contains(s.console()) && screen.contains(s.frame()));
        assertFalse(s.console().intersects(s.frame()));
        assertEquals(screen, s.console().union(s.frame()), "the two windows fill the screen");
        assertTrue(s.console().width >= 360, "room for the levers: " + s.console());

        Tiles.Frame f = Tiles.inside(s.frame().width, s.frame().height);
        List<Rectangle> parts = List.of(f.community(), f.pipeline(), f.headline(), f.charts());
        Rectangle content = new Rectangle(0, 0, s.frame().width, s.frame().height);
        long area = 0;
        for (int i = 0; i < parts.size(); i++) {
            assertTrue(content.contains(parts.get(i)), parts.get(i).toString());
            area += (long) parts.get(i).width * parts.get(i).height;
            for (int j = i + 1; j < parts.size(); j++) assertFalse(parts.get(i).intersects(parts.get(j)), i + " and " + j);
        }
        assertEquals((long) content.width * content.height, area, "the parts fill the frame");
        assertTrue(f.community().width >= 600, "the community is the largest part: " + f.community());
        double field = (f.community().height - Tiles.DISPLAY_HEADER) / (double) f.community().width;
        assertEquals(CommunityLayout.HEIGHT / CommunityLayout.WIDTH, field, 0.05, "the community keeps its proportions");
        assertTrue(f.headline().width >= 300 && f.headline().height >= 300, "the headline chart: " + f.headline());
        assertTrue(f.charts().height >= 300 && f.pipeline().height >= 250, f.charts() + " " + f.pipeline());
    }

    @Test
    void largerScreensAndTaskBarsAreUsedAsTheyAre() {
        for (Rectangle screen : List.of(new Rectangle(0, 0, 1920, 1080), new Rectangle(0, 28, 1280, 996), new Rectangle(1920, 0, 1366, 728))) {
            Tiles.Screen s = Tiles.of(screen);
            assertEquals(screen, s.console().union(s.frame()), screen.toString());
            assertFalse(s.console().intersects(s.frame()));
            assertTrue(s.console().x > s.frame().x, "the Console on the right");
        }
    }
}
