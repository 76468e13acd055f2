/** The UI shell and shared components (chart, labels) every feature module may use. */
@org.springframework.modulith.NamedInterface("ui")
package care.alliance.shared.ui;
