package eu.flightclaim.claims.domain.model.compensation;

/** Great-circle distance by the haversine formula on a sphere of radius 6371 km. */
public final class GreatCircle {

    public static final double EARTH_RADIUS_KM = 6371.0;

    private GreatCircle() {
    }

    public static double distanceKm(Place a, Place b) {
        return distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
