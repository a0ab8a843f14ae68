package io.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandbysTest {

    @Test
    void should_name_each_standby_by_host_port_and_database() {
        // when
        Map<String, String> names = Standbys.names(List.of(
                "jdbc:postgresql://10.0.0.7:5432/newsdesk?sslmode=require", "jdbc:postgresql://replica-2/newsdesk"));

        // then
        assertThat(names).containsOnlyKeys("10.0.0.7:5432/newsdesk", "replica-2/newsdesk");
    }

    @Test
    void should_refuse_a_url_that_is_no_postgresql_jdbc_url_without_printing_its_parameters() {
        // when / then: the parameters may hold a password
        assertThatThrownBy(() -> Standbys.names(
                        List.of("jdbc:postgresql://a/newsdesk", "postgres://b/newsdesk?password=secret")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newsdesk.replicas.urls: entry 2")
                .hasMessageContaining("jdbc:postgresql://host:port/database")
                .hasMessageNotContaining("secret");
    }

    @Test
    void should_refuse_the_same_standby_twice() {
        // when / then
        assertThatThrownBy(() -> Standbys.names(
                        List.of("jdbc:postgresql://a:5432/newsdesk", "jdbc:postgresql://a:5432/newsdesk?ssl=true")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 2 names the standby a:5432/newsdesk again");
    }
}
