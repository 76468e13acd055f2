package care.alliance.caseload.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import care.alliance.caseload.CaseloadFilter;
import care.alliance.outcomes.LiveStatus;
import care.alliance.patients.EpisodeStage;

/** The caseload's filter bar; tells its owner when any filter changes. */
class CaseloadFilters extends HorizontalLayout {

    /** A caseload holds open episodes only, so only these stages can match. */
    static final List<EpisodeStage> OPEN_STAGES = List.of(EpisodeStage.WAITING, EpisodeStage.ASSESSED,
            EpisodeStage.IN_TREATMENT);

    private final Select<LiveStatus> status = new Select<>();
    private final Select<EpisodeStage> stage = new Select<>();
    private final Checkbox attention = new Checkbox("Needs attention");
    private final TextField search = new TextField();

    CaseloadFilters(Runnable onChange) {
        status.setId("caseload-status-filter");
        status.setLabel("Status");
        status.setItems(LiveStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        stage.setId("caseload-stage-filter");
        stage.setLabel("Stage");
        stage.setItems(OPEN_STAGES);
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption("Any stage");
        stage.setItemLabelGenerator(s -> s == null ? "Any stage" : s.label());
        attention.setId("caseload-attention");
        attention.setTooltipText("Open risk flag, reliably deteriorated or not improving by session 4, "
                + "an open technical issue, or an unread message");
        search.setId("caseload-search");
        search.setLabel("Search");
        search.setPlaceholder("Name or programme id");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(e -> onChange.run());
        stage.addValueChangeListener(e -> onChange.run());
        attention.addValueChangeListener(e -> onChange.run());
        search.addValueChangeListener(e -> onChange.run());
        add(status, stage, search, attention);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    CaseloadFilter value() {
        return new CaseloadFilter(status.getValue(), stage.getValue(), attention.getValue(), search.getValue());
    }
}
