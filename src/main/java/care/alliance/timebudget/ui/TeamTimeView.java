package care.alliance.timebudget.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.shared.ui.SummarisedChart;
import care.alliance.timebudget.BudgetWeek;
import care.alliance.timebudget.CsvExport;
import care.alliance.timebudget.TeamBudget;
import care.alliance.timebudget.TimeBudgets;
import care.alliance.timebudget.TimeExports;

/**
 * The manager's team view (issue #7): every PWP of the service over 12 weeks (nine back, this week, two
 * ahead), load against capacity per week in percent and hours, a week over budget said in words
 * ("Over: 112%") and repeated in colour; a PWP's name opens their weeks by kind (what drives the load);
 * the team trend as a chart with its text summary (H14); and the
 * CSV exports, each built whole by the service when asked for, then offered as a download.
 */
@Route("team-time")
@PageTitle("Team time budget · Alliance")
@Menu(title = "Team time budget", order = 33, icon = "vaadin:hourglass")
@RolesAllowed("MANAGER")
class TeamTimeView extends VerticalLayout {

    /** Weeks shown before this one: 9 back, this week, 2 ahead = {@link TimeBudgets#TEAM_WEEKS}. */
    static final int WEEKS_BACK = 9;

    private final TimeBudgets budgets;
    private final TimeExports exports;
    private final LocalDate today;
    private final LocalDate thisMonday;
    private final VerticalLayout body = new VerticalLayout();
    private final Paragraph exportMessage = new Paragraph();
    private final HorizontalLayout downloads = new HorizontalLayout();

    TeamTimeView(TimeBudgets budgets, TimeExports exports) {
        this.budgets = budgets;
        this.exports = exports;
        this.today = budgets.today();
        this.thisMonday = today.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        body.setPadding(false);
        body.setWidthFull();
        TeamBudget team = show();
        Button settings = new Button("Expected review work…", click -> new SettingsDialog(budgets, this::show).open());
        settings.setId("settings-open");
        add(new H2("Team time budget"), settings, body, exportsSection(team, today));
    }

    private TeamBudget show() {
        TeamBudget team = budgets.team(thisMonday.minusWeeks(WEEKS_BACK));
        int thisWeek = Math.max(0, team.mondays().indexOf(thisMonday));
        body.removeAll();
        Paragraph summary = new Paragraph(TeamTime.summary(team, thisWeek));
        summary.setId("team-summary");
        if (team.rows().stream().anyMatch(r -> r.weeks().get(thisWeek).overBudget())) {
            summary.addClassName("alliance-warning");
        }
        Paragraph how = new Paragraph("Load is booked and recorded time plus the service's expected review work;"
                + " captured entries count until the PWP rejects them. Capacity is the PWP's contracted clinical"
                + " hours for the week.");
        how.addClassName("alliance-chart-summary");

        SummarisedChart trend = new SummarisedChart("Team load and capacity, " + team.mondays().size() + " weeks",
                "team-trend");
        String trendText = TeamTime.trendSummary(team, thisWeek);
        trend.show(TeamTime.trendOption(team, thisMonday, trendText), trendText);
        trend.setWidthFull();
        trend.chart().setWidthFull();
        body.add(summary, how, grid(team, thisWeek), trend);
        return team;
    }

    private Grid<TeamBudget.Row> grid(TeamBudget team, int thisWeek) {
        Grid<TeamBudget.Row> grid = new Grid<>();
        grid.setId("team-grid");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        // the name opens the PWP's breakdown; a Lit template, not a Button per row, keeps 200 rows cheap
        grid.addColumn(LitRenderer.<TeamBudget.Row>of("<vaadin-button theme='tertiary-inline' @click=${open}"
                + " aria-label=${item.label}>${item.name}</vaadin-button>")
                .withProperty("name", TeamBudget.Row::displayName)
                .withProperty("label", row -> "Show the weekly breakdown of " + row.displayName())
                .withFunction("open", row -> new BreakdownDialog(row, thisMonday).open()))
                .setHeader("PWP").setKey("pwp").setAutoWidth(true).setFrozen(true);
        grid.addColumn(row -> row.overBudgetWeeks() == 0 ? "None" : row.overBudgetWeeks() + " of "
                + row.weeks().size()).setHeader("Weeks over").setKey("over").setAutoWidth(true);
        for (int i = 0; i < team.mondays().size(); i++) {
            final int week = i;
            LocalDate monday = team.mondays().get(i);
            var column = grid.addColumn(row -> TeamTime.cell(row.weeks().get(week)))
                    .setHeader(TeamTime.weekLabel(monday, thisMonday)).setKey("w" + i).setWidth("9em");
            column.setPartNameGenerator(row -> {
                BudgetWeek w = row.weeks().get(week);
                return w.overBudget() ? "team-over" : monday.equals(thisMonday) ? "team-this-week" : null;
            });
        }
        grid.addComponentColumn(row -> {
            Button edit = new Button("Capacity…", click -> new CapacityDialog(budgets, row.pwpId(), row.displayName(),
                    row.weeks().get(thisWeek).capacity(), today, this::show).open());
            edit.setId("capacity-" + row.pwpId());
            edit.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            edit.getElement().setAttribute("aria-label", "Set the capacity of " + row.displayName());
            return edit;
        }).setHeader("Capacity").setKey("capacity").setAutoWidth(true);
        grid.setItems(team.rows());
        return grid;
    }

    private VerticalLayout exportsSection(TeamBudget team, LocalDate today) {
        DatePicker from = new DatePicker("First day", today.withDayOfMonth(1).minusMonths(1));
        from.setId("export-from");
        DatePicker to = new DatePicker("Last day", today.withDayOfMonth(1).minusDays(1));
        to.setId("export-to");
        Select<TeamBudget.Row> pwp = new Select<>();
        pwp.setLabel("PWP (for the ledger)");
        pwp.setId("export-pwp");
        pwp.setItems(team.rows());
        pwp.setItemLabelGenerator(TeamBudget.Row::displayName);
        if (!team.rows().isEmpty()) {
            pwp.setValue(team.rows().getFirst());
        }
        Button national = new Button("Prepare national dataset CSV", click -> prepare("export-national-download",
                "Download national dataset CSV", () -> exports.nationalDataset(from.getValue(), to.getValue())));
        national.setId("export-national");
        Button ledger = new Button("Prepare ledger CSV", click -> prepare("export-ledger-download",
                "Download ledger CSV", () -> {
                    if (pwp.getValue() == null) {
                        throw new IllegalArgumentException("Choose a PWP.");
                    }
                    return exports.ledgerOf(pwp.getValue().pwpId(), from.getValue(), to.getValue());
                }));
        ledger.setId("export-ledger");
        exportMessage.setId("export-message");
        downloads.setId("export-downloads");
        HorizontalLayout fields = new HorizontalLayout(from, to, pwp, national, ledger);
        fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        fields.setWrap(true);
        VerticalLayout section = new VerticalLayout(new H3("Exports"), new Paragraph("National dataset: per patient,"
                + " the confirmed, corrected or manually recorded minutes of online reviews, messages and digest"
                + " reading in the period (clinician id = the PWP's username). Ledger: every entry of one PWP."
                + " Each export is recorded in the audit log."), fields, exportMessage, downloads);
        section.setPadding(false);
        return section;
    }

    private void prepare(String id, String text, java.util.function.Supplier<CsvExport> build) {
        downloads.getChildren().filter(c -> c.getId().orElse("").equals(id)).toList().forEach(downloads::remove);
        CsvExport csv;
        try {
            csv = build.get();
        } catch (IllegalArgumentException | AccessDeniedException e) {
            exportMessage.setText(e.getMessage());
            exportMessage.addClassName("alliance-warning");
            return;
        }
        byte[] bytes = csv.bytes();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), csv.fileName(), "text/csv; charset=utf-8", bytes.length)), text);
        download.setId(id);
        downloads.add(download);
        exportMessage.removeClassName("alliance-warning");
        exportMessage.setText(csv.fileName() + " is ready: " + csv.rows() + " row" + (csv.rows() == 1 ? "" : "s")
                + ".");
    }
}
