package cocreation.model;

import cocreation.model.rules.Heuristic;
import cocreation.model.rules.TimeUse;
import java.io.Serializable;

/**
 * A citizen, official or organisation: fixed traits, a current idea for the problem it cares
 * about, changing habit and generalised trust. Its ties are the network's ({@link SocialNetwork}).
 */
public final class Actor implements Serializable {
    private static final long serialVersionUID = 4L; // 4: version 0.7.1 moved the ties to SocialNetwork

    public final int id;
    public final Role role;
    // sector, background and problem are small numbers (the scenario bounds them), kept in bytes so
    // that an actor fits in two 64-byte cache lines
    public final byte sector;
    public final byte background;
    /** Index of the problem this actor cares about and uses solutions for. */
    public final byte problem;
    /** Knowledge domains the actor is expert in (bit d = domain d). */
    public final int domains;
    /** Parts of a solution in the actor's expertise domains. */
    public final long expertise;
    // traits in floats, to keep an actor small (it is read on every encounter)
    public final float system2Propensity;
    public final float openness;
    public final float curiosity;
    public final float capacity;
    /** Free hours a week for civic life (arenas, co-production, shared decisions, deliberation). */
    public final float freeHours;
    /** Routine orientation 0..1: how strongly repetition builds habit and how little deliberation loosens it. */
    public final float routine;
    /** This actor's way of searching: the parts it tries to change, in order ({@link Heuristic}). */
    public final int heuristic;

    double habit;
    double generalizedTrust;
    /** Trust in the municipality, learned from how it treats one's proposals and participation. */
    float institutionalTrust;
    /** Hours owed beyond free time, carried from week to week (see TimeUse). */
    float owed;
    /** Capital an organisation can still pool into co-production this year (0 for people). */
    float capital;
    long idea;
    private double ideaValue;
    private int ideaVersion = -1;
    long lastProposed;
    int lastSystem2Week = -1;
    int lastArenaWeek = -1;

    Actor(int id, Role role, int sector, int background, int problem, int domains, long expertise,
          double system2Propensity, double openness, double curiosity, double capacity,
          double routine, double generalizedTrust, double institutionalTrust, double freeHours, int heuristic) {
        this.id = id;
        this.role = role;
        this.sector = (byte) sector;
        this.background = (byte) background;
        this.problem = (byte) problem;
        this.domains = domains;
        this.expertise = expertise;
        this.system2Propensity = (float) system2Propensity;
        this.openness = (float) openness;
        this.curiosity = (float) curiosity;
        this.capacity = (float) capacity;
        this.routine = (float) routine;
        this.habit = routine;
        this.heuristic = heuristic;
        this.generalizedTrust = generalizedTrust;
        this.institutionalTrust = (float) institutionalTrust;
        this.freeHours = (float) freeHours;
    }

    /** Fatigue 0..1: the share of this week's free time already owed. */
    double fatigue() {
        return TimeUse.fatigue(owed, freeHours);
    }

    /** Owes hours of free time (an arena, co-production, a shared decision, deliberation). */
    void spendTime(double hours) {
        owed += (float) hours;
    }

    /** The true value of this actor's idea, cached until the idea or the landscape changes. */
    double ideaValue(Landscape landscape) {
        if (ideaVersion != landscape.version()) {
            ideaValue = landscape.value(idea);
            ideaVersion = landscape.version();
        }
        return ideaValue;
    }

    void setIdea(long solution, double value, Landscape landscape) {
        idea = solution;
        ideaValue = value;
        ideaVersion = landscape.version();
    }

    public double habit() {
        return habit;
    }

    public double generalizedTrust() {
        return generalizedTrust;
    }

    public double institutionalTrust() {
        return institutionalTrust;
    }

    public long idea() {
        return idea;
    }

    /** Whether the actor deliberated (System 2) in the given week. */
    public boolean deliberatedIn(int week) {
        return lastSystem2Week == week;
    }

    /** Whether the actor took part in an arena session in the given week. */
    public boolean inArenaIn(int week) {
        return lastArenaWeek == week;
    }
}
