package care.alliance.digest.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import care.alliance.patients.AppointmentBooked;

/**
 * Plans the builds of an appointment booked inside the nightly plan's window, in the booking's own
 * transaction (Quartz's JDBC store joins it): the appointment and its build jobs commit together.
 * The context tests switch it off ({@code alliance.digest.plan-on-booking=false}): their bookings would
 * otherwise start builds in the background, racing the builds the tests make themselves.
 */
@Component
@ConditionalOnProperty(name = "alliance.digest.plan-on-booking", havingValue = "true", matchIfMissing = true)
class DigestPlanOnBooking {

    private final DigestBuildPlanner planner;

    DigestPlanOnBooking(DigestBuildPlanner planner) {
        this.planner = planner;
    }

    @EventListener
    void on(AppointmentBooked booked) {
        planner.planBooked(booked.appointmentId());
    }
}
