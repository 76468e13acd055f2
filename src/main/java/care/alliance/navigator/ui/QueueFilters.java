package care.alliance.navigator.ui;

import java.util.function.Function;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import care.alliance.navigator.IssueQueueFilter;
import care.alliance.navigator.IssueSource;
import care.alliance.navigator.IssueStatus;
import care.alliance.navigator.TechnicalIssueCategory;

/** The queue's filter bar; tells its owner when any filter changes. */
class QueueFilters extends HorizontalLayout {

    final Select<IssueStatus> status = select("queue-status-filter", "Status", "Unresolved", IssueStatus.values(),
            IssueStatus::label);
    final Select<TechnicalIssueCategory> category = select("queue-category-filter", "Problem", "Any problem",
            TechnicalIssueCategory.values(), TechnicalIssueCategory::label);
    final Select<IssueSource> source = select("queue-source-filter", "Source", "Any source", IssueSource.values(),
            IssueSource::label);
    final Select<IssueQueueFilter.Assigned> assigned = select("queue-assigned-filter", "Assigned", "Anyone",
            IssueQueueFilter.Assigned.values(), IssueQueueFilter.Assigned::label);
    final TextField search = new TextField("Search");

    QueueFilters(Runnable onChange) {
        search.setId("queue-search");
        search.setPlaceholder("Name or programme id");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(e -> onChange.run());
        category.addValueChangeListener(e -> onChange.run());
        source.addValueChangeListener(e -> onChange.run());
        assigned.addValueChangeListener(e -> onChange.run());
        search.addValueChangeListener(e -> onChange.run());
        add(status, category, source, assigned, search);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    IssueQueueFilter value() {
        return new IssueQueueFilter(status.getValue(), category.getValue(), source.getValue(), assigned.getValue(),
                search.getValue());
    }

    private static <T> Select<T> select(String id, String label, String any, T[] items, Function<T, String> text) {
        Select<T> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        select.setItemLabelGenerator(item -> item == null ? any : text.apply(item));
        return select;
    }
}
