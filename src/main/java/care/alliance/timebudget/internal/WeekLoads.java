package care.alliance.timebudget.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import care.alliance.timebudget.TimeBudget.AppointmentLoad;
import care.alliance.timebudget.TimeBudget.EntryLoad;

/** The grouped rows of {@link LoadQuery}, per PWP and week index; empty lists where there were none. */
public final class WeekLoads {

    private record Key(long pwp, int week) {
    }

    private final Map<Key, List<AppointmentLoad>> appointments = new HashMap<>();
    private final Map<Key, List<EntryLoad>> entries = new HashMap<>();

    void add(long pwp, int week, AppointmentLoad load) {
        appointments.computeIfAbsent(new Key(pwp, week), k -> new ArrayList<>()).add(load);
    }

    void add(long pwp, int week, EntryLoad load) {
        entries.computeIfAbsent(new Key(pwp, week), k -> new ArrayList<>()).add(load);
    }

    public List<AppointmentLoad> appointments(long pwp, int week) {
        return appointments.getOrDefault(new Key(pwp, week), List.of());
    }

    public List<EntryLoad> entries(long pwp, int week) {
        return entries.getOrDefault(new Key(pwp, week), List.of());
    }
}
