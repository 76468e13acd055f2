package care.alliance.shared.ui;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.grid.Grid;

/** Rows that open something: by click, and by Enter on the focused row for keyboard users. */
public final class GridRows {

    private GridRows() {
    }

    public static <T> void openOnClickOrEnter(Grid<T> grid, Consumer<T> open) {
        AtomicReference<T> focused = new AtomicReference<>();
        grid.addItemClickListener(click -> open.accept(click.getItem()));
        grid.addCellFocusListener(cell -> focused.set(cell.getItem().orElse(null)));
        ComponentUtil.addListener(grid, KeyDownEvent.class, key -> {
            T row = focused.get();
            if (key.getKey().matches(Key.ENTER.getKeys().getFirst()) && row != null) {
                open.accept(row);
            }
        });
    }
}
