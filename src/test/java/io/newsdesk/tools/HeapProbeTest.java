package io.newsdesk.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeapProbeTest {

    @Test
    void should_read_the_used_heap_of_g1_without_metaspace() {
        // given
        String g1 = """
                18453:
                 garbage-first heap   total 262144K, used 53012K [0x0000000680000000, 0x0000000800000000)
                  region size 2048K, 3 young (6144K), 1 survivors (2048K)
                 Metaspace       used 81234K, committed 82000K, reserved 1179648K
                  class space    used 9876K, committed 10240K, reserved 1048576K
                """;

        // then
        assertThat(HeapProbe.used(g1)).isEqualTo(53012L * 1024);
    }

    @Test
    void should_add_up_the_generations_of_a_generational_collector_and_read_the_jdk21_layout() {
        String parallel = """
                 PSYoungGen      total 76288K, used 3932K [0x00000007d5580000, 0x00000007daa80000)
                  eden space 65536K, 6% used [0x00000007d5580000,0x00000007d5957390,0x00000007d9580000)
                 ParOldGen       total 175104K, used 1200K [0x0000000780000000, 0x000000078ab00000)
                  object space 175104K, 0% used [0x0000000780000000,0x0000000780000000,0x000000078ab00000)
                 Metaspace       used 3300K, committed 4480K, reserved 1056768K
                """;
        String jdk21 = " garbage-first heap   total reserved 6291456K, committed 262144K, used 40000K [0x0, 0x1)\n";

        assertThat(HeapProbe.used(parallel)).isEqualTo((3932L + 1200L) * 1024);
        assertThat(HeapProbe.used(jdk21)).isEqualTo(40000L * 1024);
    }

    @Test
    void should_refuse_output_without_a_heap_space() {
        assertThatThrownBy(() -> HeapProbe.used("12345:\nCommand executed successfully\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no heap space");
    }
}
