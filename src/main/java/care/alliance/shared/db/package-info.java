/** Database plumbing: the embedded MariaDB for development and tests, and UTC column conversion. */
@org.springframework.modulith.NamedInterface("db")
package care.alliance.shared.db;
