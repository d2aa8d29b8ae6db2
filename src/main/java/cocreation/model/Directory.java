package cocreation.model;

import java.io.Serializable;

/** Who is who: actor ids by problem (users), by sector and role, for quick lookups. */
final class Directory implements Serializable {
    private static final long serialVersionUID = 3L; // 3: version 0.3.0 changed the fields
    final int[][] usersOf;
    /** Each actor's problem, packed small, so that finding users reads no actor. */
    final byte[] problemOf;
    final int[][] managersBySector;
    final int[][] frontlineBySector;
    final int[] managers;
    final int[] politicians;
    final int[] officials;
    /** Businesses: the market that bids for tenders. */
    final int[] businesses;
    /** Organisations and the capital each can pool per year. */
    final int[] organisations;
    final float[] capitalPerYear;
    /** Strata for invited recruitment: role x sector. */
    final int[][] strata;
    /** Actors by sector and by sector and background, for new acquaintances. */
    final NetworkBuilder.Groups groups;

    Directory(Actor[] actors, int sectors, int backgrounds, int problems) {
        usersOf = NetworkBuilder.group(actors, problems, a -> a.problem);
        problemOf = new byte[actors.length];
        for (Actor a : actors) problemOf[a.id] = a.problem;
        managersBySector = NetworkBuilder.group(actors, sectors, a -> a.role == Role.MANAGER ? a.sector : -1);
        frontlineBySector = NetworkBuilder.group(actors, sectors, a -> a.role == Role.FRONTLINE ? a.sector : -1);
        managers = NetworkBuilder.group(actors, 1, a -> a.role == Role.MANAGER ? 0 : -1)[0];
        politicians = NetworkBuilder.group(actors, 1, a -> a.role == Role.POLITICIAN ? 0 : -1)[0];
        officials = NetworkBuilder.group(actors, 1, a -> a.role.kind == Role.Kind.OFFICIAL ? 0 : -1)[0];
        businesses = NetworkBuilder.group(actors, 1, a -> a.role == Role.BUSINESS ? 0 : -1)[0];
        organisations = NetworkBuilder.group(actors, 1, a -> a.role.kind == Role.Kind.ORGANISATION ? 0 : -1)[0];
        capitalPerYear = new float[organisations.length];
        for (int i = 0; i < organisations.length; i++) capitalPerYear[i] = actors[organisations[i]].capital;
        strata = NetworkBuilder.group(actors, Role.values().length * sectors, a -> a.role.ordinal() * sectors + a.sector);
        groups = NetworkBuilder.Groups.of(actors, sectors, backgrounds);
    }

    /** A decision maker for a sector: one of its managers, else any manager, political leader or official. */
    Actor decisionMaker(Actor[] actors, int sector, ec.util.MersenneTwisterFast random) {
        for (int[] pool : new int[][] {managersBySector[sector], managers, politicians, officials})
            if (pool.length > 0) return actors[pool[random.nextInt(pool.length)]];
        return null;
    }

    /** Someone of this sector from a pool grouped by sector (e.g. frontline staff), else any official. */
    Actor decisionMaker(Actor[] actors, int sector, ec.util.MersenneTwisterFast random, int[][] bySector) {
        int[] pool = bySector[sector].length > 0 ? bySector[sector] : officials;
        return pool.length == 0 ? null : actors[pool[random.nextInt(pool.length)]];
    }

    /** Managers and political leaders: those whose attention leadership spends. */
    int leaders() {
        return managers.length + politicians.length;
    }

    /** Organisations' capital renews with the budget year. */
    void renewCapital(Actor[] actors) {
        for (int i = 0; i < organisations.length; i++) actors[organisations[i]].capital = capitalPerYear[i];
    }
}
