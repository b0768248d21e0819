package eu.flightclaim.claims.domain.model.compensation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The legs a passenger flew, in order, and which of them were booked together ({@code bookings}: a
 * label per leg, consecutive legs with the same label are one booking; null: all one booking). Each
 * booking is a journey of its own: the connection rule (C-537/17 Wegener) covers one booking only.
 */
public record Trip(List<Leg> legs, List<String> bookings) {

    public Trip {
        legs = List.copyOf(legs); // checked as journeys when they are judged (journeyOf)
        if (bookings != null) {
            if (bookings.size() != legs.size() || bookings.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("a booking label for every leg");
            }
            bookings = List.copyOf(bookings);
            for (int i = 1; i < bookings.size(); i++) {
                if (!bookings.get(i).equals(bookings.get(i - 1)) && bookings.subList(0, i).contains(bookings.get(i))) {
                    throw new IllegalArgumentException("the legs of a booking follow each other");
                }
            }
        }
    }

    /** More than one booking. */
    public boolean separatelyBooked() {
        return bookings != null && bookings.stream().distinct().count() > 1;
    }

    /** The index of the first leg of the booking {@code leg} belongs to. */
    public int bookingStart(int leg) {
        int start = leg;
        while (separatelyBooked() && start > 0 && bookings.get(start - 1).equals(bookings.get(leg))) {
            start--;
        }
        return separatelyBooked() ? start : 0;
    }

    /** The journey of the booking {@code leg} belongs to (the whole trip when it is one booking). */
    public Journey journeyOf(int leg) {
        if (!separatelyBooked()) {
            return new Journey(legs); // checks them: 1 to 6 legs, connected
        }
        List<Leg> booked = new ArrayList<>();
        for (int i = bookingStart(leg); i < legs.size() && bookings.get(i).equals(bookings.get(leg)); i++) {
            booked.add(legs.get(i));
        }
        return new Journey(booked);
    }
}
