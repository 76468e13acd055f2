/** The administrator's views: staff accounts and integrations (the services live in `security`). */
package care.alliance.admin;
