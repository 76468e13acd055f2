/** Writing to the clustered Quartz store the way it must be written: inside a transaction. */
@org.springframework.modulith.NamedInterface("jobs")
package care.alliance.shared.jobs;
