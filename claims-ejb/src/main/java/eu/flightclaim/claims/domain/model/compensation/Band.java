package eu.flightclaim.claims.domain.model.compensation;

/**
 * The distance bands of Art. 7(1), with the re-routed arrival margins of Art. 7(2) that halve the
 * amount: (a) up to 1500 km, 2 h; (b) intra-Community over 1500 km and other 1500-3500 km, 3 h;
 * (c) all others, 4 h.
 */
public enum Band {
    A("Art. 7(1)(a)", "Art. 7(2)(a)", 120),
    B("Art. 7(1)(b)", "Art. 7(2)(b)", 180),
    C("Art. 7(1)(c)", "Art. 7(2)(c)", 240);

    private final String article;
    private final String reductionArticle;
    private final int reductionMarginMinutes;

    Band(String article, String reductionArticle, int reductionMarginMinutes) {
        this.article = article;
        this.reductionArticle = reductionArticle;
        this.reductionMarginMinutes = reductionMarginMinutes;
    }

    public String article() {
        return article;
    }

    public String reductionArticle() {
        return reductionArticle;
    }

    /** A re-routed arrival at most this late halves the amount. */
    public int reductionMarginMinutes() {
        return reductionMarginMinutes;
    }
}
