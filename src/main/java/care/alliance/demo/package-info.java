/**
 * The synthetic demo service (profile {@code demo}) and the data generator behind it and behind the
 * scale benchmark. It writes straight to the tables with JDBC batches and depends on no other module:
 * the schema is the contract, so the generator stays fast and cannot leak into product code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo service generator")
package care.alliance.demo;
