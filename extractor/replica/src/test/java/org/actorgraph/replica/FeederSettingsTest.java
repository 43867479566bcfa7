package org.actorgraph.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

class FeederSettingsTest {

  @Test
  void extraSettingsCannotTurnOffTheGuarantees() {
    Map<String, Object> c =
        FeederSettings.of("127.0.0.1:9092", "article-graphs", "replica-1")
            .withExtra(
                Map.of(
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true",
                    ConsumerConfig.GROUP_ID_CONFIG, "someone-else",
                    ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "20000"))
            .consumerConfig();

    assertEquals("read_committed", c.get(ConsumerConfig.ISOLATION_LEVEL_CONFIG));
    assertEquals("false", c.get(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG));
    assertEquals("replica-1", c.get(ConsumerConfig.GROUP_ID_CONFIG));
    assertEquals("20000", c.get(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG));
    assertEquals("earliest", c.get(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG));
    assertEquals("16777216", c.get(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG));
  }

  @Test
  void aMissingGroupOrABadBatchSizeIsRefusedByName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FeederSettings.of("127.0.0.1:9092", "article-graphs", " "));
    assertTrue(e.getMessage().startsWith("group:"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FeederSettings.of("127.0.0.1:9092", "t", "g").withMaxPollRecords(0));
    assertTrue(e.getMessage().contains("maxPollRecords"), e.getMessage());
  }
}
