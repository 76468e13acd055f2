/** Shared API plumbing: problem+json errors, the body-size cap, the fallback for unclaimed paths. */
@org.springframework.modulith.NamedInterface("web")
package care.alliance.shared.web;
