/**
 * {@code POST /api/v1/events}: the digital programme's events, validated field by field,
 * stored once per integration and event id in the raw store (H08), then handed to
 * {@link care.alliance.programme.ProgrammeRecorder} as patient state. Nothing here is public:
 * the HTTP endpoint is this module's whole interface.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme event ingest")
package care.alliance.ingest;
