package care.alliance.admin.ui;

import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import care.alliance.navigator.DetectionSettings;
import care.alliance.navigator.DetectionThresholds;
import care.alliance.navigator.DetectionThresholds.InvalidThresholds;
import care.alliance.navigator.DetectionThresholds.Setting;
import care.alliance.navigator.ServiceDetectionSettings;

/** Per-service thresholds of the navigator's detection rules (clinical.md §5); every change is audited. */
@Route("admin/detection")
@PageTitle("Detection thresholds · Alliance")
@Menu(title = "Detection thresholds", order = 92, icon = "vaadin:sliders")
@RolesAllowed("ADMIN")
class DetectionSettingsView extends VerticalLayout {

    private final DetectionSettings settings;
    final ComboBox<ServiceDetectionSettings> service = new ComboBox<>("Service");
    final Map<Setting, IntegerField> fields = new EnumMap<>(Setting.class);
    final Paragraph state = new Paragraph();
    final Button save = new Button("Save thresholds");
    final Button restore = new Button("Restore defaults");

    DetectionSettingsView(DetectionSettings settings) {
        this.settings = settings;
        service.setId("detection-service");
        service.setItemLabelGenerator(ServiceDetectionSettings::name);
        service.addValueChangeListener(change -> show(change.getValue()));
        FormLayout form = new FormLayout();
        for (Setting setting : Setting.values()) {
            IntegerField field = new IntegerField(setting.label());
            field.setId("threshold-" + setting.name().toLowerCase().replace('_', '-'));
            field.setMin(setting.min());
            field.setMax(setting.max());
            field.setStepButtonsVisible(true);
            field.setHelperText("Default " + setting.of(DetectionThresholds.DEFAULTS) + "; allowed " + setting.min()
                    + " to " + setting.max());
            fields.put(setting, field);
            form.add(field);
        }
        save.setId("save-thresholds");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        restore.setId("restore-defaults");
        restore.addClickListener(click -> restore());
        state.setId("detection-state");
        add(new H2("Detection thresholds"),
                new Paragraph("When the navigator's detection rules open a technical issue for a patient. Changes "
                        + "apply from the next detection run (every 15 minutes, and when new data arrive)."),
                service, state, form, new HorizontalLayout(save, restore));
        reload(null);
    }

    private void show(ServiceDetectionSettings selected) {
        fields.values().forEach(field -> field.setInvalid(false));
        save.setEnabled(selected != null);
        restore.setEnabled(selected != null && selected.custom());
        if (selected == null) {
            state.setText("Choose a service.");
            return;
        }
        fields.forEach((setting, field) -> field.setValue(setting.of(selected.thresholds())));
        state.setText(selected.custom() ? "This service has its own thresholds." : "This service uses the defaults.");
    }

    private void save() {
        fields.values().forEach(field -> field.setInvalid(false));
        Map<Setting, Integer> values = new EnumMap<>(Setting.class);
        fields.forEach((setting, field) -> values.put(setting, field.isEmpty() ? null : field.getValue()));
        try {
            long serviceId = service.getValue().serviceId();
            settings.save(serviceId, DetectionThresholds.of(values));
            reload(serviceId);
            notify("Thresholds saved for " + service.getValue().name() + ".", NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidThresholds invalid) {
            invalid.problems().forEach((setting, message) -> {
                fields.get(setting).setErrorMessage(message);
                fields.get(setting).setInvalid(true);
            });
            notify("Nothing was saved: " + invalid.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private void restore() {
        long serviceId = service.getValue().serviceId();
        settings.restoreDefaults(serviceId);
        reload(serviceId);
        notify("Defaults restored for " + service.getValue().name() + ".", NotificationVariant.LUMO_SUCCESS);
    }

    private void reload(Long serviceId) {
        var all = settings.list();
        service.setItems(all);
        service.setValue(all.stream().filter(s -> serviceId == null || s.serviceId() == serviceId).findFirst()
                .orElse(null));
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
