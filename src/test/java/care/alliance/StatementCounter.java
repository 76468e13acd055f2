package care.alliance;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the JDBC statements the test thread executes, JdbcTemplate and JPA alike (Hibernate's
 * statistics see only Hibernate). Wraps the application's DataSource once, for every context test
 * (Fixtures declares it, so all @AllianceTest classes keep sharing one context). A JDBC batch is one
 * statement: one round trip. Other threads (schedulers, HTTP workers) are not counted, so a test
 * measures exactly the calls it makes.
 */
public final class StatementCounter implements BeanPostProcessor, QueryExecutionListener {

    private final ThreadLocal<List<String>> executed = ThreadLocal.withInitial(CopyOnWriteArrayList::new);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(this).build();
        }
        return bean;
    }

    /** Starts counting afresh on this thread. */
    public void reset() {
        executed.get().clear();
    }

    /** Statements this thread executed since {@link #reset()}. */
    public int count() {
        return executed.get().size();
    }

    /** Their SQL, for a failure message that says which statement was one too many. */
    public List<String> statements() {
        return List.copyOf(executed.get());
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        executed.get().add(queries.isEmpty() ? "?" : queries.getFirst().getQuery());
    }
}
