package cocreation.gui;

import cocreation.model.Actor;

/**
 * A person as the display shows and the inspector describes them (double-click a node): a
 * read-only view of one actor, so the model needs no bean getters for the window's sake.
 */
public final class Person {
    final Actor actor;
    private final CommunityView view;

    Person(Actor actor, CommunityView view) {
        this.actor = actor;
        this.view = view;
    }

    public String getRole() {
        return actor.role.label();
    }

    /** The sector by the name the scenario gives it. */
    public String getSector() {
        return view.sectors().get(actor.sector);
    }

    public int getBackground() {
        return actor.background + 1;
    }

    public double getHabit() {
        return actor.habit();
    }

    public double getGeneralizedTrust() {
        return actor.generalizedTrust();
    }

    public int getTies() {
        return view.model().network().degree(actor.id);
    }

    public boolean isThinkingSlowlyThisWeek() {
        return actor.deliberatedIn(view.week());
    }

    public boolean isInArenaThisWeek() {
        return actor.inArenaIn(view.week());
    }

    @Override
    public String toString() {
        return actor.role.label() + " " + actor.id;
    }
}
