package cocreation.model.rules;

/** A tender's price: cost plus a markup that competition among qualified bidders wears down. */
public final class Procurement {
    private Procurement() {
    }

    /** Price with {@code bidders} qualified bidders (at least one): cost x (1 + markup / bidders) plus the transaction cost. */
    public static double price(double cost, int bidders, double markup, double transactionCost) {
        return cost * (1 + markup / bidders) + transactionCost;
    }
}
