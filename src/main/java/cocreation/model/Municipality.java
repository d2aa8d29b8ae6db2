package cocreation.model;

import cocreation.model.rules.TrustUpdate;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The simulated municipality: its people, their network, its problems and arenas, and the
 * weekly phases that move them. One step is one week. The model reads the scenario live each
 * week, so a teacher's slider takes effect at once; it knows nothing of windows, files or the
 * command line.
 */
public class Municipality extends SimState {
    private static final long serialVersionUID = 4L;

    /** Phase orderings within a week. */
    public static final int ENVIRONMENT = 0, EVERYDAY_LIFE = 1, ARENAS = 2, DECISIONS = 3, DIFFUSION = 4,
            LEARNING = 5, MEASUREMENT = 6;

    private final Scenario scenario;
    Institutions institutions;
    Domains domains;
    Problem[] problems;
    Actor[] actors;
    SocialNetwork network;
    Pipeline pipeline;
    Diffusion diffusion;
    Arena[] arenas;
    Metrics metrics;
    Directory directory;
    double budgetLeft;
    /** Budget spent on running costs (arenas, protected time) this budget year and the last, which a plan keeps back. */
    double runningSpend, runningSpendLastYear;
    int week;
    /** This week's political pressure (from the expectation gap) and the share of officials' time leadership protects. */
    double politicalPressure, protection;
    /** Time pressure officials feel this week (TimePressure.felt). */
    double officialsPressure;
    /** Staff hours arena sessions have taken and in-house production has yet to give up (paid from the next weeks' staff hours). */
    double staffHoursOwed;
    /** How many of the spreading ideas leaders champion this week (the oldest ones). */
    int championed;
    /** Reusable work arrays for whole-population passes (recruitment), so a week allocates little. */
    private double[] workKeys = new double[0], workSorted = new double[0];

    private long fullSeed;
    /** Key of the phase streams: the seed's two words, the phase, the week. */
    private final int[] phaseKey = new int[4];

    public Municipality(Scenario scenario) {
        super(scenario.seed);
        this.scenario = scenario;
        reseed(scenario.seed);
    }

    /** MASON keeps 32 bits of a seed; the generator here is keyed by all 64 (sweeps derive 53-bit seeds). */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        reseed(seed);
    }

    private void reseed(long seed) {
        fullSeed = seed;
        random = new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)});
        phaseKey[0] = (int) seed;
        phaseKey[1] = (int) (seed >>> 32);
    }

    /**
     * Each phase of each week draws from a stream of its own, keyed by the seed, the phase and the
     * week (the town is built from the seed's own stream). What one phase draws therefore leaves
     * every other phase's draws, and every later week's, as they were: two runs of one seed that
     * differ in a lever share their random numbers wherever the lever has not changed the state
     * (synchronised common random numbers), so that their difference is the lever's effect and
     * not a reshuffled future.
     */
    void keyPhase(int phase) {
        phaseKey[2] = phase;
        phaseKey[3] = (int) schedule.getSteps();
        random.setSeed(phaseKey);
    }

    /** The seed this run's generator was keyed with, all 64 bits of it. */
    public long fullSeed() {
        return fullSeed;
    }

    @Override
    public void start() {
        super.start();
        week = 0;
        // a restarted model (the window's Stop and Play) carries nothing of the stopped run
        budgetLeft = runningSpend = runningSpendLastYear = staffHoursOwed = politicalPressure = protection = 0;
        championed = 0;
        institutions = Institutions.of(scenario.municipality);
        int sectors = scenario.municipality.sectors;
        domains = new Domains(sectors, scenario.problems.parts, scenario.population.backgrounds);
        problems = new Problem[scenario.problemCount()];
        for (int p = 0; p < problems.length; p++) problems[p] = ProblemBuilder.build(p, scenario.problems, random);
        actors = PopulationBuilder.build(scenario, domains, problems, random);
        officialsPressure = scenario.municipality.time_pressure;
        network = new SocialNetwork(actors);
        NetworkBuilder.build(actors, network, scenario.network, sectors, scenario.population.backgrounds,
                scenario.municipality.silo_strength, random);
        directory = new Directory(actors, sectors, scenario.population.backgrounds, problems.length);
        metrics = new Metrics();
        pipeline = new Pipeline();
        diffusion = new Diffusion();
        arenas = new Arena[scenario.arenas.size()];
        for (int i = 0; i < arenas.length; i++) arenas[i] = new Arena(i, scenario.arenas.get(i), actors.length);

        schedule.scheduleRepeating(Schedule.EPOCH, ENVIRONMENT, phase(new KeyedPhase(ENVIRONMENT, new Environment()), ENVIRONMENT), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, EVERYDAY_LIFE, phase(new KeyedPhase(EVERYDAY_LIFE, new EverydayLife(actors.length, fullSeed)), EVERYDAY_LIFE), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, ARENAS, phase(new KeyedPhase(ARENAS, new ArenaSessions()), ARENAS), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, DECISIONS, phase(new KeyedPhase(DECISIONS, pipeline), DECISIONS), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, DIFFUSION, phase(new KeyedPhase(DIFFUSION, diffusion), DIFFUSION), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, LEARNING, phase(new KeyedPhase(LEARNING, new Learning()), LEARNING), 1);
        schedule.scheduleRepeating(Schedule.EPOCH, MEASUREMENT, phase(new KeyedPhase(MEASUREMENT, new Measurement()), MEASUREMENT), 1);
    }

    /**
     * Hook for instruments (e.g. a benchmark timing each phase): the steppable to schedule for a
     * phase. The model itself schedules the phase as it is.
     */
    protected Steppable phase(Steppable step, int ordering) {
        return step;
    }

    double[] workKeys() {
        if (workKeys.length != actors.length) workKeys = new double[actors.length];
        return workKeys;
    }

    double[] workSorted() {
        if (workSorted.length != actors.length) workSorted = new double[actors.length];
        return workSorted;
    }

    /** The scenario this model runs; its parameters are read live. */
    public Scenario scenario() {
        return scenario;
    }

    /** The current week: 0 before the first step, then 1, 2, ... */
    public int week() {
        return week;
    }

    /** The institutional choices in force. */
    public Institutions institutions() {
        return institutions;
    }

    public Actor[] actors() {
        return actors;
    }

    public SocialNetwork network() {
        return network;
    }

    public Problem[] problems() {
        return problems;
    }

    public Metrics metrics() {
        return metrics;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Diffusion diffusion() {
        return diffusion;
    }

    public Arena[] arenas() {
        return arenas;
    }

    /** The institutions in force, following the scenario if a slider changed a choice. */
    Institutions currentInstitutions() {
        if (!institutions.matches(scenario.municipality)) institutions = Institutions.of(scenario.municipality);
        return institutions;
    }

    /** The time pressure an actor feels this week. */
    double feltPressure(Actor a) {
        return a.role.kind == Role.Kind.OFFICIAL ? officialsPressure : scenario.municipality.time_pressure;
    }

    /** Inhabitants in thousands: the administration's capacities are given per 1,000 inhabitants. */
    double thousands() {
        return scenario.inhabitants() / 1000.0;
    }

    /** Spends budget if enough is left this year. */
    boolean spend(double amount) {
        if (amount > budgetLeft) return false;
        budgetLeft -= amount;
        metrics.budgetSpent += amount;
        return true;
    }

    /** Spends budget on a running cost (an arena session, protected time), which plans keep back. */
    boolean spendRunning(double amount) {
        if (!spend(amount)) return false;
        runningSpend += amount;
        return true;
    }

    /** An experience of the municipality for each of these actors: trust in it moves toward the outcome. */
    void experience(int[] ids, double outcome) {
        double rate = scenario.trust.institutional_learning_rate;
        for (int id : ids) {
            Actor a = actors[id];
            a.institutionalTrust = (float) TrustUpdate.after(a.institutionalTrust, outcome, rate);
        }
    }
}
