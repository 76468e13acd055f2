/**
 * The synthetic demo service (profile {@code demo}) and the data generator behind it and behind the
 * scale benchmark. It writes straight to the tables with JDBC batches: the schema is the contract, so
 * the generator stays fast and cannot leak into product code. Its module dependencies are the
 * caseload's episode-state rebuild, the digest builds and one detection run: derived state is computed by the product's
 * own rules, never restated here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo service generator")
package care.alliance.demo;
