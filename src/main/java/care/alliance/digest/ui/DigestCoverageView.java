package care.alliance.digest.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.digest.DigestCoverage;
import care.alliance.digest.DigestCoverageReport;
import care.alliance.digest.DigestCoverageReport.FailedBuild;
import care.alliance.digest.DigestCoverageReport.PwpCoverage;
import care.alliance.shared.ui.DisplayText;
import care.alliance.shared.ui.DisplayTime;

/**
 * H09 for the service manager: the share of tomorrow's (or today's) booked appointments that have a
 * digest, per PWP, and every failed build, so a dead job never goes unnoticed.
 */
@Route("digest-coverage")
@PageTitle("Digest coverage · Alliance")
@Menu(title = "Digest coverage", order = 32, icon = "vaadin:calendar-clock")
@RolesAllowed("MANAGER")
class DigestCoverageView extends VerticalLayout {

    static final String TOMORROW = "Tomorrow";
    static final String TODAY = "Today";

    private final DigestCoverage coverage;
    private final LocalDate today;
    private final Div report = new Div();

    DigestCoverageView(DigestCoverage coverage) {
        this.coverage = coverage;
        this.today = coverage.today();
        RadioButtonGroup<String> day = new RadioButtonGroup<>("Day");
        day.setId("coverage-day");
        day.setItems(TOMORROW, TODAY);
        day.setItemLabelGenerator(choice -> choice + " (" + DisplayTime.dayOfYear(date(choice)) + ")");
        day.setValue(TOMORROW);
        day.addValueChangeListener(change -> show(date(change.getValue())));
        report.setWidthFull();
        add(new H2("Digest coverage"), day, report);
        show(date(TOMORROW));
    }

    private LocalDate date(String choice) {
        return TODAY.equals(choice) ? today : today.plusDays(1);
    }

    private void show(LocalDate day) {
        DigestCoverageReport coverageReport = coverage.forDay(day);
        report.removeAll();
        if (coverageReport.appointments() == 0) {
            Paragraph empty = new Paragraph("No booked appointments on " + DisplayTime.dayOfYear(day) + ".");
            empty.setId("coverage-empty");
            report.add(empty);
            return;
        }
        Paragraph summary = new Paragraph(coverageReport.withDigest() + " of " + coverageReport.appointments()
                + " booked appointments on " + DisplayTime.dayOfYear(day) + " have a digest (" + coverageReport.percent()
                + "%). Digests are built from 18:00 (Europe/London) the evening before; until then a day's share"
                + " is low by design.");
        summary.setId("coverage-summary");
        report.add(summary);
        int failed = coverageReport.pwps().stream().mapToInt(PwpCoverage::failedWithoutDigest).sum();
        if (failed > 0) {
            Paragraph warning = new Paragraph(failed + " appointment" + (failed == 1 ? " has" : "s have")
                    + " a failed build and no digest. The next build pass retries; the error is listed below.");
            warning.setId("coverage-failed");
            warning.addClassName("alliance-warning");
            report.add(warning);
        }
        report.add(pwpGrid(coverageReport), new H3("Failed builds"));
        if (coverageReport.failures().isEmpty()) {
            Paragraph none = new Paragraph("No failed builds for this day's appointments.");
            none.setId("coverage-no-failures");
            report.add(none);
        } else {
            report.add(failureGrid(coverageReport));
        }
    }

    private static Grid<PwpCoverage> pwpGrid(DigestCoverageReport coverageReport) {
        Grid<PwpCoverage> grid = new Grid<>();
        grid.setId("coverage-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(PwpCoverage::pwpName).setHeader("PWP").setKey("pwp").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(PwpCoverage::appointments).setHeader("Appointments").setKey("appointments").setAutoWidth(true);
        grid.addColumn(row -> row.withDigest() + " (" + (100 * row.withDigest() / row.appointments()) + "%)")
                .setHeader("With a digest").setKey("with").setAutoWidth(true);
        grid.addColumn(row -> row.failedWithoutDigest() == 0 ? "" : row.failedWithoutDigest() + " failed")
                .setHeader("Failed, no digest").setKey("failed").setAutoWidth(true);
        grid.setPartNameGenerator(row -> row.failedWithoutDigest() > 0 ? "coverage-failed-row" : null);
        grid.setItems(coverageReport.pwps());
        return grid;
    }

    private static Grid<FailedBuild> failureGrid(DigestCoverageReport coverageReport) {
        Grid<FailedBuild> grid = new Grid<>();
        grid.setId("coverage-failures");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> DisplayTime.dateTime(row.failedAt())).setHeader("Failed at").setKey("at").setAutoWidth(true);
        grid.addColumn(FailedBuild::appointment).setHeader("Appointment").setKey("appointment").setAutoWidth(true);
        grid.addColumn(row -> DisplayTime.dateTime(row.start())).setHeader("Session").setKey("session").setAutoWidth(true);
        grid.addColumn(FailedBuild::pwpName).setHeader("PWP").setKey("pwp").setAutoWidth(true);
        grid.addColumn(row -> DisplayText.code(row.pass())).setHeader("Build").setKey("pass").setAutoWidth(true);
        grid.addColumn(row -> row.digestSince() ? "Yes" : "No").setHeader("Digest built since").setKey("since")
                .setAutoWidth(true);
        grid.addColumn(FailedBuild::message).setHeader("Error").setKey("message").setFlexGrow(1);
        grid.setItems(coverageReport.failures());
        return grid;
    }
}
